import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) =>
	Response.json({
		links: [
			{ rel: 'http://nodeinfo.diaspora.software/ns/schema/2.1', href: `${url.origin}/nodeinfo/2.1` }
		]
	});
