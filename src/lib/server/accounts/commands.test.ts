import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { actorFor, createTestDatabase, dispatchEvents } from '$lib/server/db/testing';
import type { Connection } from '$lib/server/db/client';
import {
	authThrottle,
	emailTokens,
	events,
	mailOutbox,
	members,
	sessions
} from '$lib/server/db/schema';
import { Conflict, Forbidden, Gone, Invalid, TooManyRequests } from '$lib/server/errors';
import { linkIn } from '../../../../tests/smtp-sink';
import { lastMailTo, newPerson, requestContext, signedUpAndVerified } from './test-accounts';
import { logIn, logOutEverywhere, signUp, verifyEmail } from './commands';
import { changePassword, deleteAccount, requestPasswordReset, resetPassword } from './credentials';
import { validateSession } from './sessions';

let conn: Connection;
beforeAll(async () => {
	conn = await createTestDatabase();
});
afterAll(async () => {
	await conn?.close();
});

async function rowCount(
	table: typeof members | typeof events | typeof mailOutbox | typeof sessions
) {
	const [{ c }] = await conn.db.select({ c: count() }).from(table);
	return c;
}

describe('signUp', () => {
	it('creates the member, queues a verification mail and appends member.joined, all together', async () => {
		const input = newPerson();
		const before = await rowCount(events);
		const { memberId } = await signUp(conn.db, input, requestContext);
		// The mail is the mail handler's: nothing is queued until the events are dispatched.
		const [queued] = await conn.db
			.select({ c: count() })
			.from(mailOutbox)
			.where(eq(mailOutbox.toAddress, input.email));
		expect(queued.c).toBe(0);
		const [member] = await conn.db.select().from(members).where(eq(members.id, memberId));
		expect(member).toMatchObject({
			handle: input.handle,
			country: 'BR',
			emailVerifiedAt: null,
			languages: ['pt', 'es']
		});
		expect(member.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		expect((await lastMailTo(conn.db, input.email)).textBody).toContain(
			'http://plenary.test/verify?token='
		);
		// member.joined, then placement in the city's chapter: member.placed, and chapter.created for
		// the local and country chapters when this is the first member there.
		const added = await conn.db
			.select({ type: events.type })
			.from(events)
			.orderBy(events.id)
			.offset(before);
		expect(added.map((e) => e.type)).toEqual([
			'member.joined',
			'chapter.created',
			'chapter.created',
			'member.placed'
		]);
	});

	it.each([
		[{ email: 'nope' }, 'email', 'error_email_invalid'],
		[{ password: 'short' }, 'password', 'error_password_short'],
		[{ password: 'password123' }, 'password', 'error_password_weak'],
		[{ password: 'aaaaaaaaaaaa' }, 'password', 'error_password_weak'],
		[{ handle: '9lives' }, 'handle', 'error_handle_format'],
		[{ handle: 'admin' }, 'handle', 'error_handle_taken'],
		[{ country: 'XX' }, 'country', 'error_country_unknown'],
		[{ country: 'Narnia' }, 'country', 'error_country_unknown'],
		[{ languages: ['klingon'] }, 'languages', 'error_language_unknown'],
		[{ displayName: 'x'.repeat(81) }, 'displayName', 'error_too_long'],
		[{ bio: 'x'.repeat(501) }, 'bio', 'error_too_long']
	])('refuses %o with %s: %s and changes nothing', async (overrides, field, key) => {
		const before = await rowCount(members);
		const input = newPerson(overrides);
		const err = await signUp(conn.db, input, {
			...requestContext,
			address: `203.0.113.${input.number % 250}`
		}).catch((e) => e);
		expect(err).toBeInstanceOf(Invalid);
		expect(err.fields[field]).toBe(key);
		expect(await rowCount(members)).toBe(before);
	});

	it('refuses a duplicate e-mail or handle, whatever the case, with a conflict', async () => {
		const first = newPerson();
		await signUp(conn.db, first, requestContext);
		const before = await rowCount(members);
		const byEmail = await signUp(
			conn.db,
			newPerson({ email: first.email.toUpperCase() }),
			requestContext
		).catch((e) => e);
		expect(byEmail).toBeInstanceOf(Conflict);
		expect(byEmail.fields).toEqual({ email: 'error_email_taken' });
		const byHandle = await signUp(
			conn.db,
			newPerson({ handle: first.handle.toUpperCase() }),
			requestContext
		).catch((e) => e);
		expect(byHandle.fields).toEqual({ handle: 'error_handle_taken' });
		expect(await rowCount(members)).toBe(before);
	});

	it('throttles sign-ups from one address', async () => {
		const address = '192.0.2.200';
		for (let i = 0; i < 10; i++) await signUp(conn.db, newPerson(), { ...requestContext, address });
		await expect(
			signUp(conn.db, newPerson(), { ...requestContext, address })
		).rejects.toBeInstanceOf(TooManyRequests);
	});
});

describe('verification links', () => {
	it('verify once; a reused link is gone and an unknown one is invalid', async () => {
		const input = newPerson();
		await signUp(conn.db, input, { ...requestContext, address: '192.0.2.50' });
		const token = new URL(
			linkIn((await lastMailTo(conn.db, input.email)).textBody, '/verify?token=')
		).searchParams.get('token')!;
		await verifyEmail(conn.db, token);
		await expect(verifyEmail(conn.db, token)).rejects.toBeInstanceOf(Gone);
		await expect(verifyEmail(conn.db, 'x'.repeat(43))).rejects.toBeInstanceOf(Invalid);
	});

	it('an expired link is gone', async () => {
		const input = newPerson();
		await signUp(conn.db, input, { ...requestContext, address: '192.0.2.51' });
		const token = new URL(
			linkIn((await lastMailTo(conn.db, input.email)).textBody, '/verify?token=')
		).searchParams.get('token')!;
		await conn.db.update(emailTokens).set({ expiresAt: new Date(Date.now() - 1000) });
		await expect(verifyEmail(conn.db, token)).rejects.toBeInstanceOf(Gone);
	});
});

describe('logIn', () => {
	it('needs a verified address, then starts a session', async () => {
		const input = newPerson();
		await signUp(conn.db, input, { ...requestContext, address: '192.0.2.60' });
		await expect(logIn(conn.db, input, requestContext)).rejects.toBeInstanceOf(Forbidden);
		const verified = await signedUpAndVerified(conn.db);
		const session = await logIn(
			conn.db,
			{ email: verified.email.toUpperCase(), password: verified.password },
			requestContext
		);
		const found = await validateSession(conn.db, session.token);
		expect(found?.member.handle).toBe(verified.handle);
	});

	it('gives the same answer for an unknown address and a wrong password', async () => {
		const verified = await signedUpAndVerified(conn.db);
		const wrong = await logIn(
			conn.db,
			{ email: verified.email, password: 'not it at all' },
			{ ...requestContext, address: '192.0.2.70' }
		).catch((e) => e);
		const unknown = await logIn(
			conn.db,
			{ email: 'nobody@example.net', password: 'not it at all' },
			{ ...requestContext, address: '192.0.2.70' }
		).catch((e) => e);
		expect(wrong).toBeInstanceOf(Invalid);
		expect(unknown).toBeInstanceOf(Invalid);
		expect(wrong.messageKey).toBe(unknown.messageKey);
	});

	it('locks an account after five wrong passwords, even with the right one', async () => {
		const verified = await signedUpAndVerified(conn.db);
		for (let i = 0; i < 5; i++) {
			await logIn(
				conn.db,
				{ email: verified.email, password: 'wrong password' },
				{ ...requestContext, address: `10.0.0.${i}` }
			).catch(() => {});
		}
		await expect(
			logIn(conn.db, verified, { ...requestContext, address: '10.0.1.1' })
		).rejects.toBeInstanceOf(TooManyRequests);
		await conn.db.delete(authThrottle);
		await expect(logIn(conn.db, verified, requestContext)).resolves.toHaveProperty('token');
	});
});

describe('passwords and sessions', () => {
	it('reset: same answer for unknown addresses; the link sets a new password and ends every session', async () => {
		const verified = await signedUpAndVerified(conn.db);
		const session = await logIn(conn.db, verified, requestContext);
		const mailsBefore = await rowCount(mailOutbox);
		await requestPasswordReset(
			conn.db,
			{ email: 'nobody@example.net' },
			{ ...requestContext, address: '192.0.2.80' }
		);
		await dispatchEvents(conn.db);
		expect(await rowCount(mailOutbox)).toBe(mailsBefore);
		await requestPasswordReset(
			conn.db,
			{ email: verified.email },
			{ ...requestContext, address: '192.0.2.80' }
		);
		const token = linkIn((await lastMailTo(conn.db, verified.email)).textBody, '/reset/').split(
			'/reset/'
		)[1];
		await expect(resetPassword(conn.db, { token, password: 'short' })).rejects.toBeInstanceOf(
			Invalid
		);
		await resetPassword(conn.db, { token, password: 'a brand new passphrase' });
		expect(await validateSession(conn.db, session.token)).toBeNull();
		await expect(
			resetPassword(conn.db, { token, password: 'another new passphrase' })
		).rejects.toBeInstanceOf(Gone);
		await expect(
			logIn(conn.db, { email: verified.email, password: 'a brand new passphrase' }, requestContext)
		).resolves.toHaveProperty('token');
	});

	it('changing the password keeps this session and ends the others; log out everywhere ends all', async () => {
		const verified = await signedUpAndVerified(conn.db);
		const here = await logIn(conn.db, verified, requestContext);
		const there = await logIn(conn.db, verified, requestContext);
		const member = (await validateSession(conn.db, here.token))!.member;
		const actor = await actorFor(conn.db, member.id);
		await expect(
			changePassword(
				conn.db,
				actor,
				{ currentPassword: 'wrong', newPassword: 'new passphrase here' },
				here.token
			)
		).rejects.toBeInstanceOf(Invalid);
		await changePassword(
			conn.db,
			actor,
			{ currentPassword: verified.password, newPassword: 'new passphrase here' },
			here.token
		);
		expect(await validateSession(conn.db, here.token)).not.toBeNull();
		expect(await validateSession(conn.db, there.token)).toBeNull();
		await logOutEverywhere(conn.db, actor);
		expect(await validateSession(conn.db, here.token)).toBeNull();
	});

	it('deleting an account needs the password and the handle, then erases personal data', async () => {
		const verified = await signedUpAndVerified(conn.db);
		const session = await logIn(conn.db, verified, requestContext);
		const member = (await validateSession(conn.db, session.token))!.member;
		const actor = await actorFor(conn.db, member.id);
		await expect(
			deleteAccount(conn.db, actor, {
				currentPassword: verified.password,
				confirmHandle: 'someone_else'
			})
		).rejects.toBeInstanceOf(Invalid);
		await deleteAccount(conn.db, actor, {
			currentPassword: verified.password,
			confirmHandle: verified.handle
		});
		const [row] = await conn.db.select().from(members).where(eq(members.id, member.id));
		expect(row).toMatchObject({ displayName: '', bio: '', city: null, passwordHash: '!' });
		expect(row.email).not.toContain(verified.email);
		expect(await validateSession(conn.db, session.token)).toBeNull();
		await expect(logIn(conn.db, verified, requestContext)).rejects.toBeInstanceOf(Invalid);
	});
});
