/**
 * The answer for a file Plenary writes (a calendar, a CSV): its type, a file name for the
 * download, and the validators that let a calendar program or a script ask "has it changed?"
 * without fetching it again. The ETag is a digest of the body, made and matched as for API reads
 * (api/etag.ts), so it changes exactly when the file does; Last-Modified is the newest change of
 * what the file shows. A request whose If-None-Match (or, without one, If-Modified-Since) still
 * holds gets 304 and no body (RFC 9110 §13.1).
 */
import { etagOf, notModified as tagMatches } from '$lib/server/api/etag';

export type FileOptions = {
	type: string;
	/** The name a browser saves it under (ASCII; anything else is replaced). */
	filename: string;
	/** The newest change of what the file shows; null when it shows nothing yet. */
	modified: Date | null;
	/**
	 * `public`: the same for everyone, so caches on the way may keep it. `private`: it depends
	 * on who reads it (a member's session or a secret address), so only the reader may keep it.
	 */
	cache: 'public' | 'private';
	/** Offer to save rather than show (spreadsheets); calendars are subscribed to, so inline. */
	download?: boolean;
};

/** An HTTP date has whole seconds: compare at that precision. */
const seconds = (d: Date) => Math.floor(d.getTime() / 1000);

/** Is the reader's copy still the current one? The tag decides; the date only without one. */
export function notModified(request: Request, etag: string, modified: Date | null): boolean {
	const inm = request.headers.get('if-none-match');
	if (inm !== null) return tagMatches(inm, etag);
	const ims = request.headers.get('if-modified-since');
	if (ims === null || !modified) return false;
	const since = Date.parse(ims);
	return Number.isFinite(since) && seconds(modified) <= Math.floor(since / 1000);
}

/** The headers a 304 keeps (RFC 9110 §15.4.5): the validators and how to cache. */
const KEPT_ON_304 = ['etag', 'cache-control', 'vary', 'last-modified'];

function answer(request: Request, body: string, headers: Headers, modified: Date | null): Response {
	const etag = etagOf(body);
	headers.set('etag', etag);
	if (modified && !headers.has('last-modified'))
		headers.set('last-modified', modified.toUTCString());
	if (
		(request.method === 'GET' || request.method === 'HEAD') &&
		notModified(request, etag, modified)
	) {
		const kept = new Headers();
		for (const name of KEPT_ON_304) {
			const value = headers.get(name);
			if (value !== null) kept.set(name, value);
		}
		return new Response(null, { status: 304, headers: kept });
	}
	return new Response(body, { status: 200, headers });
}

export function fileResponse(request: Request, body: string, options: FileOptions): Response {
	const filename = options.filename.replace(/[^A-Za-z0-9._-]/g, '-');
	const headers = new Headers({
		'content-type': options.type,
		'content-disposition': `${options.download ? 'attachment' : 'inline'}; filename="${filename}"`,
		'cache-control': `${options.cache}, max-age=300`,
		'x-content-type-options': 'nosniff'
	});
	if (options.cache === 'private') headers.set('vary', 'cookie');
	return answer(request, body, headers, options.modified);
}

/**
 * The same validators for an answer built elsewhere (the Atom feeds): its body's ETag, and 304
 * when the reader's copy is current. Anything but a 200 passes through as it is.
 */
export async function withValidators(request: Request, response: Response): Promise<Response> {
	if (response.status !== 200) return response;
	return answer(request, await response.text(), new Headers(response.headers), null);
}

/** The newest of some times (null when there are none). */
export function newest(times: Iterable<Date | null | undefined>): Date | null {
	let out: Date | null = null;
	for (const t of times) if (t && (!out || t > out)) out = t;
	return out;
}
