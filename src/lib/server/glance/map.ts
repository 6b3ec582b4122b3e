import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries from 'i18n-iso-countries';
import world from 'world-atlas/countries-110m.json';

/**
 * The world map's country outlines as SVG paths, computed once per process from world-atlas
 * (Natural Earth 1:110m, bundled from npm: nothing is fetched at run time). Keyed by ISO alpha-2.
 */
export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

export type CountryShape = { code: string; d: string };

let shapes: CountryShape[] | null = null;

export function countryShapes(): CountryShape[] {
	if (shapes) return shapes;
	const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
	const collection = feature(topology, topology.objects.countries);
	const projection = geoEqualEarth().fitExtent(
		[
			[4, 4],
			[MAP_WIDTH - 4, MAP_HEIGHT - 4]
		],
		collection
	);
	const path = geoPath(projection).digits(1);
	shapes = [];
	for (const f of collection.features) {
		const numeric = String(f.id ?? '').padStart(3, '0');
		const code = countries.numericToAlpha2(numeric);
		const d = path(f);
		if (!d) continue;
		// Antarctica has no members and takes much room; a few territories have no ISO code.
		shapes.push({ code: code ?? `N${numeric}`, d });
	}
	return shapes;
}

/** Five classes for the choropleth, by rough powers of the largest count. */
export function choroplethClass(members: number, max: number): number {
	if (members <= 0 || max <= 0) return 0;
	const share = Math.log(members + 1) / Math.log(max + 1);
	return Math.min(5, Math.max(1, Math.ceil(share * 5)));
}

/** The map's colours by class, light and dark, in the SVG itself: an image takes no page CSS. */
const PALETTE = {
	light: ['#e9e6de', '#c9e4da', '#93cbb6', '#57ab8f', '#2a8066', '#0f4f3e', '#ffffff'],
	dark: ['#2a302d', '#24483e', '#2e6b59', '#3f9379', '#6cc2a5', '#b5ecd9', '#121514']
};

function classRules(colours: string[]) {
	const rules = colours.slice(0, 6).map((c, level) => `.l${level}{fill:${c}}`);
	return `${rules.join('')}path,rect{stroke:${colours[6]};stroke-width:.5}`;
}

/** Each shape's class for these counts (members per ISO code on the map). */
export function mapLevels(counts: ReadonlyMap<string, number>): number[] {
	const max = Math.max(0, ...counts.values());
	return countryShapes().map((s) => choroplethClass(counts.get(s.code) ?? 0, max));
}

/**
 * A short name for one colouring of the map: the page links the image under it, so a browser
 * keeps the image until the classes change, not until any count does.
 */
export function mapVersion(levels: readonly number[]): string {
	let hash = 2166136261;
	for (const level of levels) hash = Math.imul(hash ^ (level + 1), 16777619);
	return (hash >>> 0).toString(36);
}

let kept: { version: string; svg: string } | null = null;

/**
 * The coloured map as a standalone SVG document. It is an image of the page, not part of its
 * HTML: its 120 KB of outlines sent inside the page (and again in the page's hydration data)
 * made `/glance` 270 KB. The numbers it shows are in the table beside it.
 */
export function mapSvg(levels: readonly number[]): { version: string; svg: string } {
	const version = mapVersion(levels);
	if (kept?.version === version) return kept;
	const paths = countryShapes()
		.map((s, i) => `<path class="l${levels[i] ?? 0}" d="${s.d}"/>`)
		.join('');
	// The legend's swatches, lightest to darkest, in the empty ocean at the bottom left; the
	// caption under the image says what they mean.
	const legend = [0, 1, 2, 3, 4, 5]
		.map(
			(level) =>
				`<rect class="l${level}" x="${12 + level * 24}" y="${MAP_HEIGHT - 22}" width="22" height="12"/>`
		)
		.join('');
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" ` +
		`width="${MAP_WIDTH}" height="${MAP_HEIGHT}"><style>${classRules(PALETTE.light)}` +
		`@media (prefers-color-scheme:dark){${classRules(PALETTE.dark)}}</style>${paths}${legend}</svg>`;
	kept = { version, svg };
	return kept;
}
