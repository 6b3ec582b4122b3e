import { countedGlance, readinessFigures } from '$lib/server/glance/queries';
import { MAP_HEIGHT, MAP_WIDTH, mapLevels, mapVersion } from '$lib/server/glance/map';
import { countryName } from '$lib/server/geo/countries';
import { runQuery } from '$lib/server/http';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const glance = await runQuery(() => countedGlance(locals.db));
	const counts = new Map(glance.byCountry.map((c) => [c.country, c.members]));
	const named = glance.byCountry.map((c) => ({
		...c,
		name: countryName(c.country, locals.locale)
	}));
	return {
		...glance,
		readiness: readinessFigures(glance.readiness),
		byCountry: named,
		// The map itself is an image (glance/map.svg): only its address and legend travel here.
		map: {
			width: MAP_WIDTH,
			height: MAP_HEIGHT,
			src: `/glance/map.svg?v=${mapVersion(mapLevels(counts))}`,
			max: Math.max(0, ...counts.values())
		}
	};
};
