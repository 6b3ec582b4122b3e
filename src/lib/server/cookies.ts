/**
 * The options every cookie of ours shares: read by the server only (never by scripts), sent over
 * HTTPS alone whenever the site is served that way, and kept to `path`. `lax` lets a link from
 * elsewhere arrive logged in; `strict` is for what only our own pages start (a passkey challenge).
 */
export function serverCookie(url: URL, path = '/', sameSite: 'lax' | 'strict' = 'lax') {
	return { path, httpOnly: true, sameSite, secure: url.protocol === 'https:' } as const;
}
