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
