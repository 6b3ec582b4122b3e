import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '$lib/server/db/testing';
import type { Connection } from '$lib/server/db/client';
import { authThrottle } from '$lib/server/db/schema';
import { Invalid, TooManyRequests } from '$lib/server/errors';
import { requestContext, signedUpAndVerified } from './test-accounts';
import { logIn } from './commands';

let conn: Connection;
beforeAll(async () => {
	conn = await createTestDatabase();
});
afterAll(async () => {
	await conn?.close();
});

type Person = { email: string; password: string };
const from = (address: string, deviceToken?: string) => ({
	...requestContext,
	address,
	deviceToken
});
const wrong = (person: Person, address: string, deviceToken?: string) =>
	logIn(conn.db, { email: person.email, password: 'not the password' }, from(address, deviceToken))
		.then(() => 'logged in')
		.catch((e) => e);

describe('log-in throttling', () => {
	it('wrong passwords from elsewhere never lock the owner out', async () => {
		const owner = await signedUpAndVerified(conn.db);
		const answers = [];
		for (let i = 0; i < 25; i++) answers.push(await wrong(owner, '203.0.113.66'));
		expect(answers.slice(0, 5).every((a) => a instanceof Invalid)).toBe(true);
		expect(answers.slice(5).every((a) => a instanceof TooManyRequests)).toBe(true);
		await expect(logIn(conn.db, owner, from('198.51.100.201'))).resolves.toHaveProperty('token');
	});

	it('five wrong passwords make that client wait for that account, and only that', async () => {
		const owner = await signedUpAndVerified(conn.db);
		const other = await signedUpAndVerified(conn.db);
		for (let i = 0; i < 5; i++) expect(await wrong(owner, '203.0.113.7')).toBeInstanceOf(Invalid);
		await expect(logIn(conn.db, owner, from('203.0.113.7'))).rejects.toBeInstanceOf(
			TooManyRequests
		);
		await expect(logIn(conn.db, other, from('203.0.113.7'))).resolves.toHaveProperty('token');
		await expect(logIn(conn.db, owner, from('203.0.113.8'))).resolves.toHaveProperty('token');
	});

	it('twenty wrong passwords from one address, for any accounts, make the address wait', async () => {
		const owner = await signedUpAndVerified(conn.db);
		const { deviceToken } = await logIn(conn.db, owner, from('198.51.100.30'));
		for (let i = 0; i < 20; i++)
			await wrong({ email: `guess.${i}@example.net`, password: '' }, '203.0.113.20');
		expect(await wrong(owner, '203.0.113.20')).toBeInstanceOf(TooManyRequests);
		await expect(logIn(conn.db, owner, from('203.0.113.20'))).rejects.toBeInstanceOf(
			TooManyRequests
		);
		// A browser the owner logged in from before is not held back by its (shared) address.
		await expect(logIn(conn.db, owner, from('203.0.113.20', deviceToken))).resolves.toHaveProperty(
			'token'
		);
	});

	it('a guesser with many addresses only slows down browsers the account does not know', async () => {
		const owner = await signedUpAndVerified(conn.db);
		const { deviceToken } = await logIn(conn.db, owner, from('198.51.100.40'));
		for (let i = 0; i < 12; i++)
			expect(await wrong(owner, `203.0.113.${100 + i}`)).toBeInstanceOf(Invalid);
		// The owner's browser, even from one of the guesser's addresses and after a typo of its own.
		expect(await wrong(owner, '203.0.113.100', deviceToken)).toBeInstanceOf(Invalid);
		await expect(logIn(conn.db, owner, from('203.0.113.100', deviceToken))).resolves.toHaveProperty(
			'token'
		);
		// A new browser gets one try per window: the right password on it works…
		await expect(logIn(conn.db, owner, from('198.51.100.41'))).resolves.toHaveProperty('token');
		// …a wrong one means waiting (the same answer for an address with no account).
		expect(await wrong(owner, '198.51.100.42')).toBeInstanceOf(Invalid);
		expect(await wrong(owner, '198.51.100.42')).toBeInstanceOf(TooManyRequests);
		await expect(logIn(conn.db, owner, from('198.51.100.42'))).rejects.toBeInstanceOf(
			TooManyRequests
		);
	});

	it('the counters hold no e-mail or IP address', async () => {
		const keys = (await conn.db.select({ key: authThrottle.key }).from(authThrottle)).map(
			(r) => r.key
		);
		expect(keys.length).toBeGreaterThan(0);
		expect(keys.every((k) => /^[0-9a-f]{64}$/.test(k))).toBe(true);
	});
});
