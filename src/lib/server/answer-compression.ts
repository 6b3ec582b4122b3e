/**
 * Answers compressed on the way out: every rendered page, page data, form answer and API answer
 * that is text, for a client that asks (every browser does). Without it a member's page, and a
 * visitor's first view of any page, went out whole: a 118 KB decision page on a phone's slow
 * connection, where a static file next to it came compressed. Kept visitors' pages come
 * compressed already (page-cache.ts), and the built files have their compressed copies beside
 * them.
 *
 * The work runs as a zlib stream, in zlib's thread pool rather than on the request thread, and
 * flushes what it has after each chunk, so an answer that streams (server-sent events are never
 * compressed at all) still arrives as it is written.
 */
import { pipeline, Readable } from 'node:stream';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';

/** Smaller answers gain less than compressing them costs. */
const MIN_BYTES = 1024;

const TEXT =
	/^(text\/(?!event-stream)|application\/([\w.+-]*\+)?(json|xml|javascript)|image\/svg\+xml)/;

/** Brotli for clients that take it, gzip for the others, or none (a `q=0` refuses). */
export function encodingFor(acceptEncoding: string | null): 'br' | 'gzip' | null {
	const accepted = (acceptEncoding ?? '')
		.split(',')
		.map((part) => part.trim().split(';'))
		.filter(([, q]) => !q || !/^q=0(\.0*)?$/.test(q.trim()))
		.map(([name]) => name.trim().toLowerCase());
	if (accepted.includes('br')) return 'br';
	if (accepted.includes('gzip')) return 'gzip';
	return null;
}

/** Is this answer worth compressing on the way out? */
function compressible(request: Request, response: Response): boolean {
	if (request.method === 'HEAD' || !response.body) return false;
	if (response.status < 200 || response.status === 204 || response.status === 304) return false;
	if (response.headers.has('content-encoding')) return false;
	// The framework answers this one 304 with no body once the hook returns: nothing to compress.
	const etag = response.headers.get('etag');
	if (etag && request.headers.get('if-none-match')?.replace(/^W\//, '') === etag) return false;
	if (!TEXT.test(response.headers.get('content-type') ?? '')) return false;
	const length = response.headers.get('content-length');
	return length === null || Number(length) >= MIN_BYTES;
}

/** The answer, compressed for the client when it asks and the answer is worth it. */
export function compressAnswer(request: Request, response: Response): Response {
	if (!compressible(request, response)) return response;
	const encoding = encodingFor(request.headers.get('accept-encoding'));
	if (!encoding) return response;
	const packer =
		encoding === 'br'
			? createBrotliCompress({
					// Quality 4 costs about what gzip does, for a smaller answer; the kept pages, made
					// once and read many times, take 5.
					// A 256 KB window rather than 4 MB: pages are smaller, and fifty answers at once
					// would otherwise hold 200 MB of windows.
					params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_LGWIN]: 18 },
					flush: constants.BROTLI_OPERATION_FLUSH
				})
			: createGzip({ level: 5, flush: constants.Z_SYNC_FLUSH });
	const source = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream);
	// Either side ending early (the client gone, the answer failing) ends the other too; the
	// framework hears of it through the stream it reads.
	const packed = pipeline(source, packer, () => {});
	const headers = new Headers(response.headers);
	headers.delete('content-length');
	headers.set('content-encoding', encoding);
	// A cache between must not give this to a client that did not ask for it.
	headers.append('vary', 'Accept-Encoding');
	return new Response(Readable.toWeb(packed) as ReadableStream, {
		status: response.status,
		statusText: response.statusText,
		headers
	});
}
