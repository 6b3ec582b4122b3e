import { config } from '$lib/server/config';
import { idFromRef } from '$lib/server/refs';
import { actorName, parseActorName, postObjectId } from './names';

/**
 * Content negotiation on the human pages: someone pastes `https://us/@ana` or a post's address
 * into Mastodon's search, and Mastodon asks that very URL for ActivityPub JSON. Such a request is
 * sent to the document's own address under /ap/ (Mastodon follows redirects when it resolves a
 * URL, and keeps the id the document names); a browser, which never asks for these types, gets
 * the page as always. The redirect is decided before the page cache, which keys on the address
 * alone.
 */
const AS_PROFILE = 'https://www.w3.org/ns/activitystreams';

type MediaRange = { type: string; q: number; profile: string | null };

function mediaRanges(accept: string): MediaRange[] {
	return accept.split(',').map((part) => {
		const [type, ...params] = part.split(';').map((p) => p.trim());
		let q = 1;
		let profile: string | null = null;
		for (const param of params) {
			const [key, value = ''] = param.split('=', 2).map((p) => p.trim());
			if (key.toLowerCase() === 'q') q = Number(value) || 0;
			if (key.toLowerCase() === 'profile') profile = value.replace(/^"|"$/g, '');
		}
		return { type: type.toLowerCase(), q, profile };
	});
}

/**
 * Does the request ask for ActivityPub JSON before HTML: `application/activity+json`, or
 * `application/ld+json` with the ActivityStreams profile (or none), preferred at least as much as
 * `text/html`?
 */
export function wantsActivityJson(accept: string | null): boolean {
	if (!accept) return false;
	const ranges = mediaRanges(accept);
	const activity = Math.max(
		0,
		...ranges
			.filter(
				(r) =>
					r.type === 'application/activity+json' ||
					(r.type === 'application/ld+json' &&
						(r.profile === null || r.profile.split(/\s+/).includes(AS_PROFILE)))
			)
			.map((r) => r.q)
	);
	const html = Math.max(0, ...ranges.filter((r) => r.type === 'text/html').map((r) => r.q));
	return activity > 0 && activity >= html;
}

/**
 * The /ap/ address of what a human page shows, or null: a member's blog (`/@handle`), a post
 * (`/posts/12-title`), a chapter (`/chapters/slug`), the organisation blog
 * (`/blog?kind=organisation`). Whether it federates is the document's to answer (404 or 410).
 */
export function activityAddress(url: URL): string | null {
	const path = url.pathname.replace(/\/$/, '');
	const member = /^\/@([A-Za-z0-9_]+)$/.exec(path);
	const chapter = /^\/chapters\/([a-z0-9-]+)$/.exec(path);
	const post = /^\/posts\/([0-9]+)(?:-[^/]*)?$/.exec(path);
	let name: string | null = null;
	if (member) name = member[1];
	else if (chapter) name = actorName({ kind: 'chapter', slug: chapter[1] });
	else if (path === '/blog' && url.searchParams.get('kind') === 'organisation')
		name = actorName({ kind: 'organisation' });
	else if (post) {
		const id = idFromRef(post[1]);
		return id ? postObjectId(url.origin, id) : null;
	}
	const ref = name === null ? null : parseActorName(name);
	if (!ref || (member && ref.kind !== 'member')) return null;
	return `${url.origin}/ap/actors/${encodeURIComponent(actorName(ref))}`;
}

/** The redirect an ActivityPub client gets from a human page, or null to render the page. */
export function activityRedirect(request: Request, url: URL): Response | null {
	if (request.method !== 'GET' && request.method !== 'HEAD') return null;
	if (!wantsActivityJson(request.headers.get('accept'))) return null;
	if (!config().federation.enabled) return null;
	const location = activityAddress(url);
	if (!location) return null;
	return new Response(null, {
		status: 302,
		headers: { location, vary: 'Accept', 'cache-control': 'no-store' }
	});
}

/** Whether a page's answer depends on the Accept header (it says so in `Vary`). */
export const negotiable = (url: URL): boolean => activityAddress(url) !== null;
