import adapter from '@sveltejs/adapter-node';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		// Separate output folders let two builds (say, two browser-test runs) proceed side by side.
		adapter: adapter({ out: process.env.PLENARY_BUILD_DIR ?? 'build', precompress: true }),
		outDir: process.env.PLENARY_KIT_DIR ?? '.svelte-kit',
		// A page's own small style sheets travel inside it: each was a request the first paint
		// waited for (eleven on a decision page, a second round trip on a phone). The shared sheet,
		// bigger and the same on every page, stays a file the browser keeps.
		inlineStyleThreshold: 8192,
		// The origin check on form posts is made by the server hook (src/lib/server/csrf.ts), the
		// same as SvelteKit's but for RFC 8058's one-click unsubscribe; see docs/security.md.
		csrf: { trustedOrigins: ['*'] },
		// Hashes, not nonces: a visitor's page is kept and answered to many (page-cache.ts), and a
		// nonce must never be seen twice. Each page's own inline script is hashed as it is rendered.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none'],
				'base-uri': ['self'],
				'object-src': ['none']
			}
		},
		alias: {
			$paraglide: 'src/lib/paraglide'
		}
	}
};

export default config;
