/**
 * SvelteKit's cross-site form check, made here instead of by SvelteKit (svelte.config.js trusts
 * every origin so that this runs in its place) for one reason: RFC 8058's one-click unsubscribe is
 * a cross-site POST by design (a mail provider posts `List-Unsubscribe=One-Click`, with no
 * Origin), and its signed token, not a session, is its authority. Every other form post from
 * another site is refused exactly as SvelteKit refuses it, but for the JSON API's: the API refuses
 * every write whose body is not JSON itself (415, as problem details like all its errors) and never
 * writes for a cookie, so a form post reaches nothing there (src/lib/server/api/auth.ts).
 */
import { isApiPath } from '$lib/server/api/paths';

const FORM_TYPES = [
	'application/x-www-form-urlencoded',
	'multipart/form-data',
	'text/plain',
	'application/x-sveltekit-formdata'
];
const WRITES = ['POST', 'PUT', 'PATCH', 'DELETE'];
const ONE_CLICK = /^\/unsubscribe\/[^/]+\/?$/;

export function refusedCrossSite(
	request: Request,
	url: URL,
	refusal: () => string
): Response | null {
	if (!WRITES.includes(request.method)) return null;
	const type = request.headers.get('content-type')?.split(';', 1)[0].trim().toLowerCase() ?? '';
	if (!FORM_TYPES.includes(type)) return null;
	if (request.headers.get('origin') === url.origin) return null;
	if (ONE_CLICK.test(url.pathname) || isApiPath(url.pathname)) return null;
	const message = refusal();
	return request.headers.get('accept') === 'application/json'
		? Response.json({ message }, { status: 403 })
		: new Response(message, {
				status: 403,
				headers: { 'content-type': 'text/plain; charset=utf-8' }
			});
}
