import { describe, expect, it } from 'vitest';
import { answerKept, pageKeyOf } from './kept-answer';
import { keepPage, keptPage, pageGeneration, pagesChanged } from './page-cache';

/** A request as Node's server hands it over. */
function raw(path: string, headers: Record<string, string> = {}, method = 'GET') {
	return { method, url: path, headers };
}

/** The key the server hook computes for the same request (its cookies read by the framework). */
function hookKey(path: string, headers: Record<string, string> = {}) {
	const url = new URL(`http://localhost${path}`);
	const request = new Request(url, { headers });
	const cookies = new Map(
		(headers.cookie ?? '')
			.split(';')
			.filter((part) => part.includes('='))
			.map((part) => part.split('=').map((side) => side.trim()) as [string, string])
	);
	return pageKeyOf(request, url, (name) => cookies.get(name));
}

/** Kept as the hook keeps it: asked for twice, then rendered (for a member, until `until`). */
async function kept(
	path: string,
	body: string,
	headers: Record<string, string> = {},
	until?: number
) {
	const key = hookKey(path, headers)!;
	keptPage(key);
	keptPage(key);
	await keepPage(
		key,
		new Response(body, { headers: { 'content-type': 'text/html; charset=utf-8' } }),
		pageGeneration(),
		until
	);
}

const text = (answer: ReturnType<typeof answerKept>) =>
	answer && new TextDecoder().decode(answer.body);

describe('a visitor’s kept page answered at the door', () => {
	it('finds the copy the hook kept, in the visitor’s language and colours', async () => {
		await kept('/door?x=1', '<p>in English</p>');
		await kept('/door?x=1', '<p>en français</p>', { 'accept-language': 'fr' });
		await kept('/door?x=1', '<p>dark</p>', { cookie: 'plenary_theme=dark' });
		expect(text(answerKept(raw('/door?x=1')))).toBe('<p>in English</p>');
		expect(text(answerKept(raw('/door?x=1', { 'accept-language': 'fr-CH, fr;q=0.9' })))).toBe(
			'<p>en français</p>'
		);
		expect(text(answerKept(raw('/door?x=1', { cookie: 'plenary_theme=dark' })))).toBe(
			'<p>dark</p>'
		);
		expect(answerKept(raw('/door?x=2'))).toBeNull();
	});

	it('leaves to the framework what the hook must judge', async () => {
		await kept('/door-judged', '<p>kept</p>');
		for (const request of [
			raw('/door-judged', { cookie: 'plenary_session=abc' }),
			raw('/door-judged', { cookie: 'plenary_theme=dark; plenary_session=abc' }),
			raw('/door-judged', { cookie: 'plenary_theme=%64ark' }),
			raw('/door-judged', { 'if-none-match': '"abc"' }),
			raw('/door-judged', { accept: 'application/activity+json' }),
			raw('/door-judged', {}, 'HEAD'),
			raw('/door-judged', {}, 'POST'),
			raw('http://elsewhere.example/door-judged'),
			raw('//elsewhere.example/door-judged')
		])
			expect(answerKept(request)).toBeNull();
		expect(text(answerKept(raw('/door-judged')))).toBe('<p>kept</p>');
	});

	it('answers compressed to a client that asks, and nothing once anything changed', async () => {
		await kept('/door-packed', '<p>' + 'kept for visitors '.repeat(100) + '</p>');
		// Compressed in the background, once: wait for it.
		for (let i = 0; i < 50; i++) {
			const answer = answerKept(raw('/door-packed', { 'accept-encoding': 'gzip, br' }));
			if (answer?.headers.some(([name]) => name === 'content-encoding')) break;
			await new Promise((done) => setTimeout(done, 10));
		}
		const packed = answerKept(raw('/door-packed', { 'accept-encoding': 'gzip, br' }))!;
		expect(packed.headers).toContainEqual(['content-encoding', 'br']);
		pagesChanged();
		expect(answerKept(raw('/door-packed'))).toBeNull();
	});

	it('does not count its own misses, so a page is still kept only from its second request', async () => {
		expect(answerKept(raw('/door-miss'))).toBeNull();
		expect(answerKept(raw('/door-miss'))).toBeNull();
		const key = hookKey('/door-miss')!;
		// The hook's first look is the first that counts: one request so far, so nothing is kept.
		expect(keptPage(key)).toBeNull();
		await keepPage(
			key,
			new Response('<p>once</p>', { headers: { 'content-type': 'text/html' } }),
			pageGeneration()
		);
		expect(answerKept(raw('/door-miss'))).toBeNull();
	});
});

describe('a member’s kept page answered at the door', () => {
	const session = (token: string, more = '') => ({ cookie: `plenary_session=${token}${more}` });
	const inADay = () => Date.now() + 24 * 60 * 60 * 1000;

	it('is answered to the session it was rendered for, and to no other reader', async () => {
		await kept('/door-member', '<p>Robin’s page</p>', session('robin-token'), inADay());
		expect(text(answerKept(raw('/door-member', session('robin-token'))))).toBe(
			'<p>Robin’s page</p>'
		);
		// The log-in form's device cookie and the colours change nothing; the session does.
		expect(
			text(answerKept(raw('/door-member', session('robin-token', '; plenary_device=d1'))))
		).toBe('<p>Robin’s page</p>');
		expect(answerKept(raw('/door-member', session('another-token')))).toBeNull();
		expect(answerKept(raw('/door-member'))).toBeNull();
		expect(answerKept(raw('/door-member', session('robin-token', '; other=1')))).toBeNull();
		expect(answerKept(raw('/door-member', session('')))).toBeNull();
		pagesChanged();
		expect(answerKept(raw('/door-member', session('robin-token')))).toBeNull();
	});

	it('ends with its session, and never holds a private conversation', async () => {
		await kept('/door-ended', '<p>ended</p>', session('short-token'), Date.now() - 1);
		expect(answerKept(raw('/door-ended', session('short-token')))).toBeNull();
		expect(hookKey('/messages/12', session('robin-token'))).toBeNull();
		expect(hookKey('/messages', session('robin-token'))).toBeNull();
		expect(hookKey('/messages-about', session('robin-token'))).not.toBeNull();
		// A visitor's key and a member's never meet, and the key holds no session in the clear.
		const member = hookKey('/door-keys', session('robin-token'))!;
		expect(member).not.toContain('robin-token');
		expect(member).not.toBe(hookKey('/door-keys'));
	});

	it('is not kept from a visitor’s render', async () => {
		const key = hookKey('/door-visitor-render')!;
		keptPage(key);
		keptPage(key);
		await keepPage(
			key,
			new Response('<p>for visitors</p>', { headers: { 'content-type': 'text/html' } }),
			pageGeneration()
		);
		expect(answerKept(raw('/door-visitor-render', session('robin-token')))).toBeNull();
	});
});
