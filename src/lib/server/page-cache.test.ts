import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { keepPage, keptPage, pageGeneration, pagesChanged, pageKey } from './page-cache';

const LOCALE_COOKIE = 'plenary_locale';

function get(path: string, cookie?: string, method = 'GET') {
	const url = new URL(`http://localhost${path}`);
	const request = new Request(url, { method, headers: cookie ? { cookie } : {} });
	return pageKey(request, url, 'en', [LOCALE_COOKIE]);
}

function page(body: string, headers: Record<string, string> = {}, status = 200) {
	return new Response(body, {
		status,
		headers: { 'content-type': 'text/html; charset=utf-8', ...headers }
	});
}

describe('which visitor requests may be answered from memory', () => {
	it.each([
		['a page, no cookie', '/decisions?filter=open', undefined, 'GET', 'en /decisions?filter=open'],
		['only the language cookie', '/', `${LOCALE_COOKIE}=ar`, 'GET', 'en /'],
		['a session cookie', '/', 'plenary_session=abc', 'GET', null],
		['a session beside the language', '/', `${LOCALE_COOKIE}=ar; plenary_session=x`, 'GET', null],
		['a form post', '/decisions', undefined, 'POST', null],
		['the live stream', '/live', undefined, 'GET', null],
		['the API', '/api/v1/decisions', undefined, 'GET', null],
		['a reset link with its token', '/reset?token=abc', undefined, 'GET', null],
		['the settings', '/settings/privacy', undefined, 'GET', null]
	])('%s', (_what, path, cookie, method, expected) => {
		expect(get(path, cookie, method)).toBe(expected);
	});
});

/** A visitor asks for the address twice: it is not in memory either time. */
function askedTwice(key: string) {
	expect(keptPage(key)).toBeNull();
	expect(keptPage(key)).toBeNull();
	return key;
}

describe('kept pages', () => {
	it('keeps a page only once it was asked for twice', async () => {
		const key = get('/asked-once')!;
		expect(keptPage(key)).toBeNull();
		await keepPage(key, page('<p>one</p>'), pageGeneration());
		expect(keptPage(key)).toBeNull();
		await keepPage(key, page('<p>one</p>'), pageGeneration());
		expect(await keptPage(key)!.text()).toBe('<p>one</p>');
	});

	it('answers a kept page again, with its headers, until anything changes', async () => {
		const key = askedTwice(get('/kept-once')!);
		const started = pageGeneration();
		const sent = await keepPage(key, page('<p>one</p>', { 'x-frame-options': 'DENY' }), started);
		expect(await sent.text()).toBe('<p>one</p>');
		const again = keptPage(key)!;
		expect(await again.text()).toBe('<p>one</p>');
		expect(again.headers.get('x-frame-options')).toBe('DENY');
		pagesChanged();
		expect(keptPage(key)).toBeNull();
	});

	it('answers compressed to a client that takes it, once compressed in the background', async () => {
		const key = askedTwice(get('/compressed')!);
		const text = '<p>' + 'a thread of many comments '.repeat(400) + '</p>';
		await keepPage(key, page(text, { vary: 'Cookie' }), pageGeneration());
		let answer = keptPage(key, 'gzip, deflate, br')!;
		for (let i = 0; i < 50 && !answer.headers.get('content-encoding'); i++) {
			await new Promise((r) => setTimeout(r, 10));
			answer = keptPage(key, 'gzip, deflate, br')!;
		}
		expect(answer.headers.get('content-encoding')).toBe('br');
		expect(answer.headers.get('vary')).toBe('Cookie, Accept-Encoding');
		const packed = new Uint8Array(await answer.arrayBuffer());
		expect(packed.byteLength).toBeLessThan(text.length / 10);
		expect(brotliDecompressSync(packed).toString()).toBe(text);
		const gz = keptPage(key, 'gzip;q=1, br;q=0')!;
		expect(gz.headers.get('content-encoding')).toBe('gzip');
		expect(gunzipSync(new Uint8Array(await gz.arrayBuffer())).toString()).toBe(text);
		// A client that asks for neither gets the page as it is.
		const plain = keptPage(key)!;
		expect(plain.headers.get('content-encoding')).toBeNull();
		expect(await plain.text()).toBe(text);
	});

	it('never keeps a render that began before a change', async () => {
		const key = askedTwice(get('/raced')!);
		const started = pageGeneration();
		pagesChanged();
		const sent = await keepPage(key, page('<p>old</p>'), started);
		expect(await sent.text()).toBe('<p>old</p>');
		expect(keptPage(key)).toBeNull();
	});

	it.each([
		['an error page', page('<p>gone</p>', {}, 404)],
		['a redirect', new Response(null, { status: 303, headers: { location: '/login' } })],
		['an answer that sets a cookie', page('<p>x</p>', { 'set-cookie': 'a=b' })],
		['an answer marked no-store', page('<p>x</p>', { 'cache-control': 'no-store' })],
		[
			'a stream of events',
			new Response('data: 1\n\n', { headers: { 'content-type': 'text/event-stream' } })
		],
		['a page over a megabyte', page('x'.repeat(1024 * 1024 + 1))]
	])('does not keep %s', async (_what, response) => {
		const key = askedTwice(get(`/not-kept-${Math.random()}`)!);
		const sent = await keepPage(key, response, pageGeneration());
		expect(sent.status).toBe(response.status);
		expect(keptPage(key)).toBeNull();
	});
});
