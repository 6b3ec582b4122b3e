/**
 * The headers every answer carries, whoever made it: the server hook for the framework's answers,
 * the ballot door (decisions/ballot-door.ts) for its own.
 */
export function setSecurityHeaders(headers: Headers, url: URL) {
	headers.set('X-Content-Type-Options', 'nosniff');
	headers.set('X-Frame-Options', 'DENY');
	// Reset and verification links carry tokens in the URL: never send them to another site.
	headers.set('Referrer-Policy', 'same-origin');
	headers.set('Cross-Origin-Opener-Policy', 'same-origin');
	headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()');
	if (url.protocol === 'https:')
		headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
	if (headers.get('content-type')?.startsWith('text/html')) {
		headers.append('Vary', 'Cookie, Accept-Language');
		// A page that said no-store (one showing a secret once) keeps it: neither the browser nor
		// the page cache may keep it.
		if (!/no-store/.test(headers.get('Cache-Control') ?? ''))
			headers.set('Cache-Control', 'private, no-cache');
	}
}
