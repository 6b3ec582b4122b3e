import { expect, it } from 'vitest';
import { refusedCrossSite } from './csrf';

const site = new URL('https://plenary.example/login');
const post = (origin: string | null, type = 'application/x-www-form-urlencoded', path = '/login') =>
	refusedCrossSite(
		new Request(`https://plenary.example${path}`, {
			method: 'POST',
			headers: { 'content-type': type, ...(origin ? { origin } : {}) },
			body: 'a=b'
		}),
		new URL(path, site),
		() => 'refused'
	);

it.each([
	['another site', 'https://attacker.example', 'application/x-www-form-urlencoded', 403],
	['no origin', null, 'multipart/form-data; boundary=x', 403],
	['text/plain', 'https://attacker.example', 'text/plain', 403],
	['the same site', 'https://plenary.example', 'application/x-www-form-urlencoded', null],
	['JSON, which no form can send', 'https://attacker.example', 'application/json', null]
])('a form post from %s: %s', (_name, origin, type, status) => {
	expect(post(origin, type)?.status ?? null).toBe(status);
});

it('says why, in the words it is given', async () => {
	expect(await post('https://attacker.example')?.text()).toBe('refused');
});

it('lets a mail provider’s one-click unsubscribe through, and nothing else under another path', () => {
	expect(post(null, 'application/x-www-form-urlencoded', '/unsubscribe/1.now.sig')).toBeNull();
	expect(post(null, 'multipart/form-data', '/unsubscribe/1.now.sig')).toBeNull();
	expect(post(null, 'application/x-www-form-urlencoded', '/unsubscribe/1.now.sig/x')?.status).toBe(
		403
	);
	expect(post(null, 'application/x-www-form-urlencoded', '/settings/unsubscribe/x')?.status).toBe(
		403
	);
});

it('leaves the JSON API to answer for itself (415 as problem details: it takes only JSON)', () => {
	expect(post('https://attacker.example', 'text/plain', '/api/v1/posts')).toBeNull();
	expect(post(null, 'application/x-www-form-urlencoded', '/api/v1/decisions/1/ballot')).toBeNull();
	expect(post('https://attacker.example', 'text/plain', '/api/v2/posts')?.status).toBe(403);
	expect(post('https://attacker.example', 'text/plain', '/api/v1x')?.status).toBe(403);
});
