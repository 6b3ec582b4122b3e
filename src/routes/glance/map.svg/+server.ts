import { mapLevels, mapSvg } from '$lib/server/glance/map';
import { countedGlance } from '$lib/server/glance/queries';
import type { RequestHandler } from './$types';

/**
 * The world map of `/glance`, coloured by members per country (only those who agreed to be on
 * the map). The page asks for it under its colouring's version (`?v=`), so browsers and proxies
 * may keep it for a day; without one, or with an old one, it is the current map, kept briefly.
 */
export const GET: RequestHandler = async ({ locals, url }) => {
	const { byCountry } = await countedGlance(locals.db);
	const counts = new Map(byCountry.map((c) => [c.country, c.members]));
	const { version, svg } = mapSvg(mapLevels(counts));
	return new Response(svg, {
		headers: {
			'content-type': 'image/svg+xml; charset=utf-8',
			'cache-control':
				url.searchParams.get('v') === version ? 'public, max-age=86400' : 'public, max-age=60',
			// An image with no script and no outside resource; nothing in it may load any.
			'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'"
		}
	});
};
