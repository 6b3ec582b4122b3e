import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { actorFor, createTestDatabase } from '$lib/server/db/testing';
import type { Connection } from '$lib/server/db/client';
import { members, pendingLogins, sessions, totpSecrets } from '$lib/server/db/schema';
import {
	Conflict,
	Gone,
	Invalid,
	NotFound,
	TooManyRequests,
	Unauthenticated
} from '$lib/server/errors';
import { linkIn } from '../../../../../tests/smtp-sink';
import { logIn } from '../commands';
import { requestPasswordReset, resetPassword } from '../credentials';
import { lastMailTo, requestContext, signedUpAndVerified } from '../test-accounts';
import {
	beginTotpSetup,
	confirmTotpSetup,
	disableTwoFactor,
	regenerateRecoveryCodes,
	twoFactorStatus
} from './commands';
import { finishLogin } from './pending-login';
import { totp } from './totp';

let conn: Connection;
beforeAll(async () => {
	conn = await createTestDatabase();
});
afterAll(async () => {
	await conn?.close();
});

type Person = { email: string; password: string };
let address = 0;
/** Each log-in from its own address, so the password throttle never gets in the way. */
const logInAs = (person: Person) =>
	logIn(conn.db, person, { ...requestContext, address: `203.0.113.${++address}` });

async function memberId(person: Person) {
	const [row] = await conn.db
		.select({ id: members.id })
		.from(members)
		.where(eq(members.email, person.email));
	return row.id;
}

/** Somebody with an authenticator set up: their secret and recovery codes. */
async function withTwoFactor() {
	const person = await signedUpAndVerified(conn.db);
	const id = await memberId(person);
	const actor = await actorFor(conn.db, id);
	await beginTotpSetup(conn.db, actor);
	const secret = (await twoFactorStatus(conn.db, id)).setupSecret!;
	const codes = await confirmTotpSetup(conn.db, actor, { code: totp(secret) });
	return { person, id, actor, secret, codes };
}

async function sessionCount(id: number) {
	return (await conn.db.select().from(sessions).where(eq(sessions.memberId, id))).length;
}

describe('setting up an authenticator', () => {
	it('shows the secret until a right code turns it on, then never again', async () => {
		const person = await signedUpAndVerified(conn.db);
		const id = await memberId(person);
		const actor = await actorFor(conn.db, id);
		await beginTotpSetup(conn.db, actor);
		const status = await twoFactorStatus(conn.db, id);
		expect(status.enabled).toBe(false);
		const secret = status.setupSecret!;
		expect(secret).toMatch(/^[A-Z2-7]{32}$/);

		await expect(confirmTotpSetup(conn.db, actor, { code: '000000' })).rejects.toBeInstanceOf(
			Invalid
		);
		expect((await twoFactorStatus(conn.db, id)).enabled).toBe(false);

		const codes = await confirmTotpSetup(conn.db, actor, { code: totp(secret) });
		expect(codes).toHaveLength(10);
		expect(new Set(codes).size).toBe(10);
		expect(await twoFactorStatus(conn.db, id)).toEqual({
			enabled: true,
			setupSecret: null,
			recoveryCodesLeft: 10
		});
		await expect(beginTotpSetup(conn.db, actor)).rejects.toBeInstanceOf(Conflict);
	});

	it('keeps the secret sealed when a key is configured', async () => {
		const before = process.env.PLENARY_SECRET_KEY;
		process.env.PLENARY_SECRET_KEY = 'a key for the tests';
		try {
			const { id, secret } = await withTwoFactor();
			const [row] = await conn.db.select().from(totpSecrets).where(eq(totpSecrets.memberId, id));
			expect(row.secret).toMatch(/^v1:/);
			expect(row.secret).not.toContain(secret);
		} finally {
			if (before === undefined) delete process.env.PLENARY_SECRET_KEY;
			else process.env.PLENARY_SECRET_KEY = before;
		}
	});

	it('is refused to a visitor, and to a member with nothing to confirm', async () => {
		await expect(beginTotpSetup(conn.db, null)).rejects.toBeInstanceOf(Unauthenticated);
		const person = await signedUpAndVerified(conn.db);
		const actor = await actorFor(conn.db, await memberId(person));
		await expect(confirmTotpSetup(conn.db, actor, { code: '123456' })).rejects.toBeInstanceOf(
			NotFound
		);
	});
});

describe('logging in with a second factor', () => {
	it('gives no session for the password alone, and one for the code', async () => {
		const { person, id, secret } = await withTwoFactor();
		const first = await logInAs(person);
		expect(first.secondFactor).toBe(true);
		expect(await sessionCount(id)).toBe(0);
		// The code used to confirm the setup is spent: a fresh step's code is needed, so replay one.
		const session = await finishLogin(conn.db, first.token, {
			code: totp(secret, Date.now() + 30_000)
		});
		expect(session.token).toBeTruthy();
		expect(await sessionCount(id)).toBe(1);
		// The pending log-in is spent too.
		await expect(
			finishLogin(conn.db, first.token, { code: totp(secret, Date.now() + 30_000) })
		).rejects.toBeInstanceOf(Gone);
	});

	it('refuses a code that was already used (no replay)', async () => {
		const { person, id, secret } = await withTwoFactor();
		const later = totp(secret, Date.now() + 30_000);
		await finishLogin(conn.db, (await logInAs(person)).token, { code: later });
		await expect(
			finishLogin(conn.db, (await logInAs(person)).token, { code: later })
		).rejects.toBeInstanceOf(Invalid);
		expect(await sessionCount(id)).toBe(1);
	});

	it('takes each recovery code once', async () => {
		const { person, id, codes } = await withTwoFactor();
		await finishLogin(conn.db, (await logInAs(person)).token, { code: codes[3].toUpperCase() });
		await expect(
			finishLogin(conn.db, (await logInAs(person)).token, { code: codes[3] })
		).rejects.toBeInstanceOf(Invalid);
		expect(await sessionCount(id)).toBe(1);
		expect((await twoFactorStatus(conn.db, id)).recoveryCodesLeft).toBe(9);
	});

	it('makes whoever sends five wrong codes wait, even with the right one', async () => {
		const { person, id, codes } = await withTwoFactor();
		const { token } = await logInAs(person);
		for (let i = 0; i < 5; i++)
			await expect(finishLogin(conn.db, token, { code: '000000' })).rejects.toBeInstanceOf(Invalid);
		await expect(finishLogin(conn.db, token, { code: codes[0] })).rejects.toBeInstanceOf(
			TooManyRequests
		);
		expect(await sessionCount(id)).toBe(0);
	});

	it('answers 410 for an unknown or expired pending log-in, and 400 for no code', async () => {
		const { person, id, codes } = await withTwoFactor();
		await expect(finishLogin(conn.db, 'made-up', { code: codes[0] })).rejects.toBeInstanceOf(Gone);
		await expect(finishLogin(conn.db, undefined, { code: codes[0] })).rejects.toBeInstanceOf(Gone);
		const { token } = await logInAs(person);
		await expect(finishLogin(conn.db, token, { code: ' ' })).rejects.toBeInstanceOf(Invalid);
		await conn.db
			.update(pendingLogins)
			.set({ expiresAt: new Date(Date.now() - 1000) })
			.where(eq(pendingLogins.memberId, id));
		await expect(finishLogin(conn.db, token, { code: codes[0] })).rejects.toBeInstanceOf(Gone);
		expect((await twoFactorStatus(conn.db, id)).recoveryCodesLeft).toBe(10);
	});

	it('still asks for the second factor after a password reset', async () => {
		const { person } = await withTwoFactor();
		await requestPasswordReset(conn.db, { email: person.email }, requestContext);
		const mail = await lastMailTo(conn.db, person.email);
		const token = linkIn(mail.textBody, '/reset/').split('/reset/')[1];
		await resetPassword(conn.db, { token, password: 'a brand new passphrase' });
		const again = await logInAs({ email: person.email, password: 'a brand new passphrase' });
		expect(again.secondFactor).toBe(true);
	});

	it('asks nothing more of a member without two-factor log-in', async () => {
		const person = await signedUpAndVerified(conn.db);
		expect((await logInAs(person)).secondFactor).toBe(false);
	});
});

describe('recovery codes and turning it off', () => {
	it('renews the recovery codes for an app code; the old ones stop working', async () => {
		const { person, actor, secret, codes } = await withTwoFactor();
		await expect(
			regenerateRecoveryCodes(conn.db, actor, { code: codes[0] })
		).rejects.toBeInstanceOf(Invalid);
		const fresh = await regenerateRecoveryCodes(conn.db, actor, {
			code: totp(secret, Date.now() + 30_000)
		});
		expect(fresh).toHaveLength(10);
		await expect(
			finishLogin(conn.db, (await logInAs(person)).token, { code: codes[1] })
		).rejects.toBeInstanceOf(Invalid);
		await finishLogin(conn.db, (await logInAs(person)).token, { code: fresh[1] });
	});

	it('turns off with the password, or a code, and not otherwise', async () => {
		const { person, id, actor } = await withTwoFactor();
		await expect(disableTwoFactor(conn.db, actor, {})).rejects.toBeInstanceOf(Invalid);
		await expect(
			disableTwoFactor(conn.db, actor, { password: 'not the password' })
		).rejects.toBeInstanceOf(Invalid);
		await expect(disableTwoFactor(conn.db, actor, { code: '000000' })).rejects.toBeInstanceOf(
			Invalid
		);
		expect((await twoFactorStatus(conn.db, id)).enabled).toBe(true);
		await disableTwoFactor(conn.db, actor, { password: person.password });
		expect(await twoFactorStatus(conn.db, id)).toEqual({
			enabled: false,
			setupSecret: null,
			recoveryCodesLeft: 0
		});
		expect((await logInAs(person)).secondFactor).toBe(false);

		const other = await withTwoFactor();
		await disableTwoFactor(conn.db, other.actor, { code: other.codes[0] });
		expect((await twoFactorStatus(conn.db, other.id)).enabled).toBe(false);
	});
});
