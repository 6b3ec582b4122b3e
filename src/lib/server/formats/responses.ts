/**
 * The answer for a file Plenary writes (a calendar, a CSV): its type, a file name for the
 * download, and the validators that let a calendar program or a script ask "has it changed?"
 * without fetching it again. The ETag is a digest of the body, so it changes exactly when the
 * file does; Last-Modified is the newest change of what the file shows. A request whose
 * If-None-Match (or, without one, If-Modified-Since) still holds gets 304 and no body (RFC 9110
 * §13.1).
 */
import { createHash } from 'node:crypto';

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

function matches(header: string, etag: string): boolean {
	return header
		.split(',')
		.map((t) => t.trim().replace(/^W\//, ''))
		.some((t) => t === '*' || t === etag);
}

/** Is the reader's copy still the current one? */
export function notModified(request: Request, etag: string, modified: Date | null): boolean {
	const inm = request.headers.get('if-none-match');
	if (inm !== null) return matches(inm, etag);
	const ims = request.headers.get('if-modified-since');
	if (ims === null || !modified) return false;
	const since = Date.parse(ims);
	return Number.isFinite(since) && seconds(modified) <= Math.floor(since / 1000);
}

export function fileResponse(request: Request, body: string, options: FileOptions): Response {
	const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
	const filename = options.filename.replace(/[^A-Za-z0-9._-]/g, '-');
	const headers: Record<string, string> = {
		'content-type': options.type,
		'content-disposition': `${options.download ? 'attachment' : 'inline'}; filename="${filename}"`,
		'cache-control': `${options.cache}, max-age=300`,
		etag,
		'x-content-type-options': 'nosniff'
	};
	if (options.cache === 'private') headers.vary = 'cookie';
	if (options.modified) headers['last-modified'] = options.modified.toUTCString();
	if (request.method === 'GET' || request.method === 'HEAD')
		if (notModified(request, etag, options.modified)) {
			const { etag: e, 'cache-control': c, vary, 'last-modified': lm } = headers;
			return new Response(null, {
				status: 304,
				headers: Object.fromEntries(
					Object.entries({ etag: e, 'cache-control': c, vary, 'last-modified': lm }).filter(
						([, v]) => v !== undefined
					)
				) as Record<string, string>
			});
		}
	return new Response(body, { headers });
}

/** The newest of some times (null when there are none). */
export function newest(times: Iterable<Date | null | undefined>): Date | null {
	let out: Date | null = null;
	for (const t of times) if (t && (!out || t > out)) out = t;
	return out;
}
