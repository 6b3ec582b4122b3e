/**
 * Where the JSON API lives. It answers its own errors, as problem details (./problem.ts): the
 * server hook leaves requests here to it rather than answering them in plain text.
 */
const API = /^\/api\/v1(\/|$)/;

export function isApiPath(pathname: string): boolean {
	return API.test(pathname);
}

/** A NUL character, percent-encoded, in an address: no page or query can take one. */
export function holdsEncodedNul(url: URL): boolean {
	return /%00/.test(url.pathname + url.search);
}
