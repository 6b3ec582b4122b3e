import { describe, expect, it } from 'vitest';
import { attempt, hasNul } from './http';

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
