import { describe, expect, it } from 'vitest';
import { isRedirect } from '@sveltejs/kit';
import { attempt, hasNul, headerPath, toCanonical } from './http';

describe('form input with a NUL character', () => {
	it('is found in plain values and in lists', () => {
		expect(hasNul({ title: 'ok', body: 'a\u0000b' })).toBe(true);
		expect(hasNul({ tags: ['x', 'y\u0000'] })).toBe(true);
		expect(hasNul({ title: 'ok', tags: ['x'] })).toBe(false);
	});

	it('is refused with a 400 before the command runs', async () => {
		let ran = false;
		const result = await attempt({ body: 'a\u0000b' }, async () => {
			ran = true;
		});
		expect(ran).toBe(false);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.failure.status).toBe(400);
	});
});

describe('canonical addresses of titles in any script', () => {
	const canonical = (href: string, path: string) => {
		try {
			toCanonical({ url: new URL(href, 'http://plenary.test') }, path);
			return null;
		} catch (thrown) {
			if (!isRedirect(thrown)) throw thrown;
			// A Location header takes only ASCII: anything else would be a 500.
			new Headers({ location: thrown.location });
			return thrown.location;
		}
	};

	it('send an address by id alone to the canonical one, encoded, keeping the query', () => {
		expect(canonical('/posts/12?after=3', '/posts/12-مرحبا')).toBe(
			'/posts/12-%D9%85%D8%B1%D8%AD%D8%A8%D8%A7?after=3'
		);
	});

	it('leave the canonical address alone, however the browser sent it', () => {
		expect(canonical('/posts/12-مرحبا', '/posts/12-مرحبا')).toBeNull();
		expect(canonical('/posts/12-%D9%85%D8%B1%D8%AD%D8%A8%D8%A7', '/posts/12-مرحبا')).toBeNull();
		expect(canonical('/threads/4-rota', '/threads/4-rota')).toBeNull();
	});

	it('encode only what is not ASCII', () => {
		expect(headerPath('/posts/1-a?q=%20b#c-1')).toBe('/posts/1-a?q=%20b#c-1');
		expect(headerPath('/chapters/são-paulo')).toBe('/chapters/s%C3%A3o-paulo');
	});
});
