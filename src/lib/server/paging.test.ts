import { describe, expect, it } from 'vitest';
import { Invalid } from './errors';
import { pageNumber } from './paging';

describe('a page number from the address', () => {
	it('is 1 when absent, and the number given from 1 up', () => {
		expect(pageNumber(null)).toBe(1);
		expect(pageNumber('')).toBe(1);
		expect(pageNumber('1')).toBe(1);
		expect(pageNumber('250')).toBe(250);
	});

	it('is a 400 for anything else, never a page chosen for the reader', () => {
		for (const bad of ['0', '-1', '1.5', 'abc', '01', '1e3', '9999999', ' 2'])
			expect(() => pageNumber(bad), bad).toThrow(Invalid);
	});
});
