import { expect, test } from '@playwright/test';
import { E2E } from './support/env';

// Answers at the HTTP level, as any client (or attacker) sees them, without a browser page.

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const headers = {
	'content-type': 'application/x-www-form-urlencoded',
	origin: E2E.baseURL,
	accept: 'text/html'
};

test('bad sign-up input gets a 4xx with the message, and a taken handle a 409', async ({
	request
}) => {
	const bad = await request.post('/join', {
		headers,
		data: form({ email: 'nope', password: 'short', displayName: '', handle: 'x', country: 'ZZ' })
	});
	expect(bad.status()).toBe(400);
	expect(await bad.text()).toContain('This does not look like an e-mail address.');

	const taken = await request.post('/join', {
		headers,
		data: form({
			email: 'someone.new@example.net',
			password: 'a fine long passphrase',
			displayName: 'Someone',
			handle: 'demo',
			country: 'FR'
		})
	});
	expect(taken.status()).toBe(409);
	expect(await taken.text()).toContain('This user name is taken.');
});

test('a cross-site form post is refused', async ({ request }) => {
	const response = await request.post('/login', {
		headers: { ...headers, origin: 'https://attacker.example' },
		data: form({ email: 'demo@example.org', password: 'plenary-demo-2012' })
	});
	expect(response.status()).toBe(403);
	expect(await response.text()).toContain('This form was sent from another site');
	expect(response.headers()['set-cookie']).toBeUndefined();
});

test('the session cookie is HttpOnly and SameSite=Lax, and a new one is issued at each log-in', async ({
	request
}) => {
	const login = () =>
		request.post('/login', {
			headers,
			data: form({ email: 'demo@example.org', password: 'plenary-demo-2012' }),
			maxRedirects: 0
		});
	const first = await login();
	expect(first.status()).toBe(303);
	const cookie = first.headers()['set-cookie'];
	expect(cookie).toMatch(/plenary_session=[\w-]{40,}/);
	expect(cookie).toMatch(/HttpOnly/i);
	expect(cookie).toMatch(/SameSite=Lax/i);
	const second = await login();
	expect(second.headers()['set-cookie'].match(/plenary_session=([\w-]+)/)![1]).not.toBe(
		cookie.match(/plenary_session=([\w-]+)/)![1]
	);
});

test('pages carry a content security policy and the security headers', async ({ request }) => {
	const response = await request.get('/');
	const h = response.headers();
	// Hashes of the page's own inline script, never a nonce: a visitor's page is kept and answered
	// to many, and a nonce seen twice is no nonce.
	expect(h['content-security-policy']).toMatch(/script-src 'self' 'sha256-[^']+'/);
	expect(h['content-security-policy']).not.toContain('nonce-');
	expect(await response.text()).not.toContain('nonce=');
	expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(h['x-frame-options']).toBe('DENY');
	expect(h['x-content-type-options']).toBe('nosniff');
	expect(h['referrer-policy']).toBe('same-origin');
});

test('a visitor’s page kept in memory comes back whole and compressed, and never to a member', async ({
	request
}) => {
	const address = `${E2E.baseURL}/glance?kept=${Date.now()}`;
	const visit = (more: Record<string, string> = {}) =>
		fetch(address, { headers: { 'accept-encoding': 'br, gzip', ...more } });
	// Rendered twice (a page is kept from its second request), then answered from memory.
	const rendered = await visit();
	await visit();
	let kept = await visit();
	for (let i = 0; i < 20 && kept.headers.get('content-encoding') !== 'br'; i++) {
		// Compressed in the background once kept: asked again until it is.
		await new Promise((done) => setTimeout(done, 50));
		kept = await visit();
	}
	expect(kept.status).toBe(200);
	expect(kept.headers.get('content-encoding')).toBe('br');
	expect(kept.headers.get('vary')).toContain('Accept-Encoding');
	for (const name of ['content-type', 'content-security-policy', 'x-frame-options', 'etag'])
		expect(kept.headers.get(name)).toBe(rendered.headers.get(name));
	const page = await kept.text();
	expect(page).toBe(await rendered.text());
	// The same path after two slashes names no page here: never the kept one.
	const odd = await fetch(address.replace('/glance', '//elsewhere.example/glance'));
	expect(odd.status).not.toBe(200);
	// The same address with a session is the member's own page, rendered for them.
	const login = await request.post('/login', {
		headers,
		data: form({ email: 'demo@example.org', password: 'plenary-demo-2012' }),
		maxRedirects: 0
	});
	const session = login.headers()['set-cookie'].match(/plenary_session=[^;]+/)![0];
	const own = await visit({ cookie: session });
	expect(await own.text()).not.toBe(page);
});

test('bad links, unknown pages and bad switcher input get clear 4xx answers', async ({
	request
}) => {
	expect((await request.get('/verify?token=not-a-real-token')).status()).toBe(400);
	expect((await request.get('/reset/not-a-real-token')).status()).toBe(400);
	expect((await request.get('/@' + 'x'.repeat(300))).status()).toBe(404);
	expect((await request.get('/no/such/page')).status()).toBe(404);
	const language = await request.post('/language', { headers, data: form({ locale: 'xx' }) });
	expect(language.status()).toBe(400);
	// An open redirect through the switcher is not possible.
	const away = await request.post('/language', {
		headers,
		data: form({ locale: 'es', redirectTo: '//attacker.example/' }),
		maxRedirects: 0
	});
	expect(away.headers()['location']).toBe('/');
});

test('the development mailbox does not exist in production', async ({ request }) => {
	expect((await request.get('/dev/mail')).status()).toBe(404);
});

test('settings need a session: posts and pages send a visitor to log in', async ({ request }) => {
	const action = await request.post('/settings', {
		headers,
		data: form({ displayName: 'X' }),
		maxRedirects: 0
	});
	expect(action.status()).toBe(303);
	expect(action.headers()['location']).toBe('/login?next=%2Fsettings');
	const page = await request.get('/settings', { maxRedirects: 0 });
	expect(page.status()).toBe(303);
	expect(page.headers()['location']).toBe('/login?next=%2Fsettings');
});
