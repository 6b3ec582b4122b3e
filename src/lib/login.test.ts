import { describe, expect, it } from 'vitest';
import { loginPath } from './login';

describe('loginPath', () => {
	it('comes back to the page, its query included', () => {
		expect(loginPath('/decisions/12-budget?tab=discussion')).toBe(
			'/login?next=%2Fdecisions%2F12-budget%3Ftab%3Ddiscussion'
		);
	});
	it('does not come back to the front page or to the account pages', () => {
		for (const here of [
			'/',
			'/login?next=%2Fx',
			'/join',
			'/verify?token=abc',
			'/reset/abc',
			'/logout'
		])
			expect(loginPath(here)).toBe('/login');
	});
	it('does not mistake a page that merely starts like an account page', () => {
		expect(loginPath('/joiners')).toBe('/login?next=%2Fjoiners');
	});
});
