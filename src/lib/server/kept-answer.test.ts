import { describe, expect, it } from 'vitest';
import { answerKept, visitorKey } from './kept-answer';
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
	return visitorKey(request, url, (name) => cookies.get(name));
}

/** Kept as the hook keeps it: asked for twice, then rendered. */
async function kept(path: string, body: string, headers: Record<string, string> = {}) {
	const key = hookKey(path, headers)!;
	keptPage(key);
	keptPage(key);
	await keepPage(
		key,
		new Response(body, { headers: { 'content-type': 'text/html; charset=utf-8' } }),
		pageGeneration()
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
