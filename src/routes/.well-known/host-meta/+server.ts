import type { RequestHandler } from './$types';

/** RFC 6415: older servers find WebFinger through this template. */
export const GET: RequestHandler = ({ url }) =>
	new Response(
		`<?xml version="1.0" encoding="UTF-8"?>\n<XRD xmlns="http://docs.oasis-open.org/ns/xri/xrd-1.0">\n<Link rel="lrdd" template="${url.origin}/.well-known/webfinger?resource={uri}"/>\n</XRD>\n`,
		{ headers: { 'content-type': 'application/xrd+xml; charset=utf-8' } }
	);
