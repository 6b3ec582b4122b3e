// @ts-nocheck
import { organisationAtAGlance } from '$lib/server/glance/queries';
import { choroplethClass, countryShapes, MAP_HEIGHT, MAP_WIDTH } from '$lib/server/glance/map';
import { countryName } from '$lib/server/geo/countries';
import { runQuery } from '$lib/server/http';
import type { PageServerLoad } from './$types';

export const load = async ({ locals }: Parameters<PageServerLoad>[0]) => {
	const glance = await runQuery(() => organisationAtAGlance(locals.db));
	const counts = new Map(glance.byCountry.map((c) => [c.country, c.members]));
	const max = Math.max(0, ...counts.values());
	const named = glance.byCountry.map((c) => ({
		...c,
		name: countryName(c.country, locals.locale)
	}));
	return {
		...glance,
		byCountry: named,
		map: {
			width: MAP_WIDTH,
			height: MAP_HEIGHT,
			shapes: countryShapes().map((s) => {
				const n = counts.get(s.code) ?? 0;
				return {
					d: s.d,
					code: s.code,
					level: choroplethClass(n, max),
					title: n ? `${countryName(s.code, locals.locale)}: ${n}` : null
				};
			}),
			max
		}
	};
};
