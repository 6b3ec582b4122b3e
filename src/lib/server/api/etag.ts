/**
 * ETags for API reads: the tag is a hash of the exact JSON answered, so it changes whenever
 * anything the caller would see changes (including what their privacy or rights let them see)
 * and a client that sends it back in If-None-Match gets 304 with no body. The answer depends on
 * who asks, so it is private to them and revalidated every time.
 */
import { createHash } from 'node:crypto';

export function etagOf(body: string): string {
	return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** If-None-Match holds the tag (weak comparison, as RFC 9110 asks for GET), or is `*`. */
export function notModified(ifNoneMatch: string | null, tag: string): boolean {
	if (!ifNoneMatch) return false;
	if (ifNoneMatch.trim() === '*') return true;
	return ifNoneMatch
		.split(',')
		.map((t) => t.trim().replace(/^W\//, ''))
		.includes(tag);
}

export const READ_HEADERS = {
	'cache-control': 'private, no-cache',
	vary: 'Authorization, Cookie, Accept-Language'
};

/** A JSON answer made once, with its tag, for an answer served many times as it is. */
export type PreparedJson = { body: string; etag: string };

export function prepareJson(data: unknown): PreparedJson {
	const body = JSON.stringify(data);
	return { body, etag: etagOf(body) };
}

/** A read's JSON answer with its ETag, or 304 when the caller already has it. */
export function jsonRead(request: Request, data: unknown): Response {
	return preparedRead(request, prepareJson(data));
}

export function preparedRead(request: Request, { body, etag }: PreparedJson): Response {
	if (notModified(request.headers.get('if-none-match'), etag))
		return new Response(null, { status: 304, headers: { etag, ...READ_HEADERS } });
	return new Response(body, {
		status: 200,
		headers: { 'content-type': 'application/json; charset=utf-8', etag, ...READ_HEADERS }
	});
}
