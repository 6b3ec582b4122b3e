/**
 * Pages kept in memory and answered without rendering again. A visitor's page depends only on its
 * address, language and chosen colours (no session, no other cookie), so one copy serves every
 * visitor who reads it alike. A member's page is kept too, for that session alone (its key holds
 * the session's hash), on a shelf of its own so members' copies never push out the visitors'
 * ones that everyone shares: a member going back and forth between the pages of their chapter
 * is answered from memory until anything changes.
 *
 * Correctness rests on invalidation, not on a short life: any change anywhere drops every copy
 * (`pagesChanged`), in this process at once and in the other app processes through the live bus.
 * Changes are seen where they happen: a form or API write (hooks.server.ts) and a batch of events
 * dispatched (scheduler jobs that close votes append events too). A copy made from a render that
 * began before a change is never kept. The life of a copy (`MAX_AGE_MS`) only bounds how stale a
 * relative time ("closes in 3 hours") may read.
 *
 * A page is kept only once it was asked for twice (a doorkeeper): addresses nobody asks for again,
 * such as a crawler's or an attacker's endless `?v=1`, `?v=2`…, never push out the pages people
 * read.
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { encodingFor } from './answer-compression';
import { listen, publishLive } from './live';
import { forgetOnReset } from './process-state';

const MAX_AGE_MS = 30_000;
/** All copies of a shelf together, so the cache cannot push the process past its memory budget. */
const VISITORS_MAX_BYTES = 24 * 1024 * 1024;
const MEMBERS_MAX_BYTES = 8 * 1024 * 1024;
/** How a member's key begins (a visitor's begins with a language code). */
const MEMBER_KEY = 's:';
/** A page bigger than this is rendered each time rather than crowd out the others. */
const MAX_PAGE_BYTES = 1024 * 1024;
const TOPIC = 'pages:changed';
/** At most one message to the other processes in this time, however many writes happen. */
const PUBLISH_EVERY_MS = 100;

/** Paths no copy is ever made of: streams, the API (its own caching rules), forms with tokens. */
const NEVER =
	/^\/(live|api|login|logout|join|reset|verify|setup|settings|language|theme|dev)(\/|$)/;
/** Nor of a member's private conversations, which say no-store too (routes/messages/+layout.server.ts). */
const NEVER_FOR_MEMBERS = /^\/messages(\/|$)/;

type Copy = {
	status: number;
	headers: [string, string][];
	body: Uint8Array<ArrayBuffer>;
	/**
	 * The body compressed, made once in the background after the copy is kept (zlib's thread pool,
	 * not the request thread): a copy is read many times, so compressing it per answer would cost
	 * far more, and every browser asks for compressed answers. A kept page is mostly bytes to
	 * write: a 90 KB thread goes out as about 15 KB.
	 */
	br?: Uint8Array;
	gzip?: Uint8Array;
	at: number;
	/** When the session it was rendered for ends (a member's copy), in ms since the epoch. */
	until: number;
};

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * One kind of copy (visitors' or members') with its own memory budget and its own count of
 * misses, so neither kind can crowd out the other.
 */
class Shelf {
	readonly copies = new Map<string, Copy>();
	/** How often each address missed lately; forgotten all at once when it grows past its bound. */
	readonly asked = new Map<string, number>();
	bytes = 0;
	constructor(readonly maxBytes: number) {}

	clear() {
		this.copies.clear();
		this.bytes = 0;
	}

	forget(key: string, copy: Copy) {
		this.copies.delete(key);
		this.bytes -= sizeOf(copy);
	}

	/** Room made for new bytes: the least recently used go first. */
	trim() {
		for (const [oldest, copy] of this.copies) {
			if (this.bytes <= this.maxBytes) break;
			this.forget(oldest, copy);
		}
	}

	async compress(key: string, copy: Copy) {
		const [br, gz] = await Promise.all([
			brotli(copy.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
			gzipped(copy.body, { level: 6 })
		]);
		// Dropped while it was being compressed: nothing to add to.
		if (this.copies.get(key) !== copy) return;
		copy.br = br;
		copy.gzip = gz;
		this.bytes += br.byteLength + gz.byteLength;
		this.trim();
	}
}

const sizeOf = (copy: Copy) =>
	copy.body.byteLength + (copy.br?.byteLength ?? 0) + (copy.gzip?.byteLength ?? 0);

const visitors = new Shelf(VISITORS_MAX_BYTES);
const members = new Shelf(MEMBERS_MAX_BYTES);
const shelfOf = (key: string) => (key.startsWith(MEMBER_KEY) ? members : visitors);
let generation = 0;
const MAX_ASKED = 20_000;

function dropAll() {
	generation++;
	visitors.clear();
	members.clear();
}

forgetOnReset(() => {
	dropAll();
	visitors.asked.clear();
	members.asked.clear();
});

// Other app processes' changes (on PostgreSQL; the embedded database has only this process).
listen(TOPIC, dropAll);

let publishTimer: ReturnType<typeof setTimeout> | null = null;

/** Something changed: drop every copy here now, and in the other app processes shortly. */
export function pagesChanged(): void {
	dropAll();
	if (publishTimer) return;
	publishTimer = setTimeout(() => {
		publishTimer = null;
		publishLive(TOPIC, null).catch((err) =>
			console.error('page cache: could not tell the other processes:', err)
		);
	}, PUBLISH_EVERY_MS);
	publishTimer.unref?.();
}

/**
 * The key of a request whose answer may be kept, or null. Only GET without any cookie but the
 * allowed ones, whose values (language, colours) the caller puts in `variant`: a half-finished
 * log-in, a passkey challenge or a cookie we do not know may change what a page shows. A member's
 * key also holds the hash of their session (`session`), so it matches that session alone.
 */
export function pageKey(
	request: { method: string; headers: { get(name: string): string | null } },
	url: URL,
	variant: string,
	allowedCookies: readonly string[],
	session?: string
): string | null {
	if (request.method !== 'GET' || NEVER.test(url.pathname)) return null;
	if (session !== undefined && NEVER_FOR_MEMBERS.test(url.pathname)) return null;
	const cookie = request.headers.get('cookie');
	if (cookie) {
		for (const part of cookie.split(';')) {
			const name = part.split('=', 1)[0].trim();
			if (name && !allowedCookies.includes(name)) return null;
		}
	}
	const key = `${variant} ${url.pathname}${url.search}`;
	return session === undefined ? key : `${MEMBER_KEY}${session} ${key}`;
}

/** Whether a key is a member's (kept only from a render for that member's valid session). */
export const isMemberKey = (key: string) => key.startsWith(MEMBER_KEY);

/** A kept answer as it goes out: status, headers and the body (compressed when the client asks). */
export type KeptAnswer = { status: number; headers: [string, string][]; body: Uint8Array };

/**
 * The kept answer for a key, or null. A miss counts towards keeping the page (`countMiss`), except
 * where the same request will be asked about again (the server's first look, `kept-answer.ts`).
 */
export function keptAnswer(
	key: string,
	acceptEncoding: string | null = null,
	countMiss = true
): KeptAnswer | null {
	const shelf = shelfOf(key);
	const copy = shelf.copies.get(key);
	if (!copy) {
		if (!countMiss) return null;
		if (shelf.asked.size >= MAX_ASKED) shelf.asked.clear();
		shelf.asked.set(key, (shelf.asked.get(key) ?? 0) + 1);
		return null;
	}
	const now = Date.now();
	if (now - copy.at > MAX_AGE_MS || now >= copy.until) {
		shelf.forget(key, copy);
		return null;
	}
	// Most recently used last: the oldest is the first to go when room runs out.
	shelf.copies.delete(key);
	shelf.copies.set(key, copy);
	const encoding = encodingFor(acceptEncoding);
	const packed = encoding && copy[encoding];
	if (!encoding || !packed) return { status: copy.status, headers: copy.headers, body: copy.body };
	return {
		status: copy.status,
		headers: [
			...copy.headers.filter(([name]) => name !== 'content-length'),
			['content-encoding', encoding],
			['content-length', String(packed.byteLength)],
			['vary', 'Accept-Encoding']
		],
		body: packed
	};
}

/** The kept answer for a key, as a fresh Response (compressed when the client takes it), or null. */
export function keptPage(key: string, acceptEncoding: string | null = null): Response | null {
	const kept = keptAnswer(key, acceptEncoding);
	return kept
		? new Response(kept.body as Uint8Array<ArrayBuffer>, {
				status: kept.status,
				headers: kept.headers
			})
		: null;
}

/** Where a render starts: a copy is kept only if nothing changed while it rendered. */
export function pageGeneration(): number {
	return generation;
}

/**
 * Keep a rendered answer when it is a complete, ordinary page (200, HTML, SvelteKit's page data or
 * a drawn image such as the glance map, no cookie set, not marked no-store) and nothing changed
 * since `startedAt`; `until` is when the session it was rendered for ends (a member's page).
 * Returns the Response to send, which is the same one unless its body had to be read.
 */
export async function keepPage(
	key: string,
	response: Response,
	startedAt: number,
	until = Number.POSITIVE_INFINITY
) {
	const shelf = shelfOf(key);
	const type = response.headers.get('content-type') ?? '';
	const keepable =
		response.status === 200 &&
		(type.startsWith('text/html') ||
			type.startsWith('application/json') ||
			type.startsWith('image/svg+xml')) &&
		!response.headers.has('set-cookie') &&
		!/no-store/.test(response.headers.get('cache-control') ?? '') &&
		Number(response.headers.get('content-length') ?? 0) <= MAX_PAGE_BYTES;
	if (!keepable || startedAt !== generation || (shelf.asked.get(key) ?? 0) < 2) return response;
	const body = new Uint8Array(await response.arrayBuffer());
	const headers = [...response.headers];
	const answer = new Response(body, { status: response.status, headers });
	if (body.byteLength > MAX_PAGE_BYTES || startedAt !== generation) return answer;
	const old = shelf.copies.get(key);
	if (old) shelf.forget(key, old);
	const copy: Copy = { status: response.status, headers, body, at: Date.now(), until };
	shelf.copies.set(key, copy);
	shelf.bytes += body.byteLength;
	shelf
		.compress(key, copy)
		.catch((err) => console.error('page cache: could not compress a page:', err));
	shelf.trim();
	return answer;
}
