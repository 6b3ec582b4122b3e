/**
 * Throttling wrong passwords without letting anyone lock the owner out of their own account.
 *
 * Failures are counted per account *and client* (the browser, when it has logged in to this
 * account before, or else the IP address) and per IP address, so whoever guesses only ever slows
 * down themselves: 5 wrong passwords for one account from one client, or 20 from one IP address
 * for any accounts, make that client wait 15 minutes. Like Discourse, nothing locks an account as
 * a whole: failures for one account from everywhere (a guesser with many addresses) only slow the
 * clients the account does not know to one try per 15 minutes each, while a browser the owner has
 * logged in from before keeps its own allowance, whatever happens elsewhere.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Cookies } from '@sveltejs/kit';
import type { Queryable } from '$lib/server/db/client';
import { knownDevices } from '$lib/server/db/schema';
import { TooManyRequests } from '$lib/server/errors';
import { hashToken, newToken } from './tokens';
import {
	assertNotThrottled,
	attemptsIn,
	clearAttempts,
	recordAttempt,
	RULES,
	throttleKey
} from './throttle';
import { serverCookie } from '$lib/server/cookies';

export const DEVICE_COOKIE = 'plenary_device';

export type LoginClient = { address: string; deviceToken?: string };

/** Whether this browser has logged in to this account before. */
async function isKnownDevice(db: Queryable, memberId: number | null, deviceToken?: string) {
	if (!memberId || !deviceToken || deviceToken.length > 100) return false;
	const [row] = await db
		.select({ id: knownDevices.id })
		.from(knownDevices)
		.where(and(eq(knownDevices.id, hashToken(deviceToken)), eq(knownDevices.memberId, memberId)));
	return !!row;
}

/** The counters one log-in attempt for `email` from `client` is checked and counted against. */
export async function loginKeys(
	db: Queryable,
	email: string,
	memberId: number | null,
	client: LoginClient
) {
	const account = email.toLowerCase();
	const known = await isKnownDevice(db, memberId, client.deviceToken);
	return {
		known,
		client: known
			? throttleKey('login', account, 'device', hashToken(client.deviceToken!))
			: throttleKey('login', account, 'ip', client.address),
		address: throttleKey('login-address', client.address),
		account: throttleKey('login-account', account)
	};
}

export type LoginKeys = Awaited<ReturnType<typeof loginKeys>>;

/** Refuse (429) an attempt this client has to wait for. */
export async function assertMayTryLogin(db: Queryable, keys: LoginKeys) {
	// A known browser is never held back by what its IP address (perhaps shared) did.
	await assertNotThrottled(db, keys.known ? [keys.client] : [keys.client, keys.address]);
	if (keys.known) return;
	const underAttack =
		(await attemptsIn(db, keys.account, RULES.loginAccount)) >= RULES.loginAccount.limit;
	if (underAttack && (await attemptsIn(db, keys.client, RULES.loginClient)) >= 1)
		throw new TooManyRequests('error_too_many_attempts');
}

export async function recordLoginFailure(db: Queryable, keys: LoginKeys) {
	await recordAttempt(db, keys.client, RULES.loginClient);
	await recordAttempt(db, keys.address, RULES.loginAddress);
	await recordAttempt(db, keys.account, RULES.loginAccount);
}

/**
 * After the right password: this client starts afresh, and the browser is remembered for the
 * account. Returns the device token to keep in the browser's cookie.
 */
export async function recordLoginSuccess(
	db: Queryable,
	keys: LoginKeys,
	memberId: number,
	deviceToken?: string
): Promise<string> {
	await clearAttempts(db, keys.client);
	const token = deviceToken && deviceToken.length <= 100 ? deviceToken : newToken().token;
	await db
		.insert(knownDevices)
		.values({ id: hashToken(token), memberId })
		.onConflictDoUpdate({
			target: [knownDevices.id, knownDevices.memberId],
			set: { lastUsedAt: sql`now()` }
		});
	return token;
}

const YEAR = 365 * 24 * 60 * 60 * 1000;

export function setDeviceCookie(cookies: Cookies, url: URL, token: string) {
	cookies.set(DEVICE_COOKIE, token, {
		...serverCookie(url),
		expires: new Date(Date.now() + YEAR)
	});
}
