import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { actorFor, createTestDatabase } from '$lib/server/db/testing';
import type { Connection } from '$lib/server/db/client';
import { members, passkeys, pendingLogins, sessions } from '$lib/server/db/schema';
import { Forbidden, Gone, Invalid, NotFound } from '$lib/server/errors';
import { logIn } from '../commands';
import { requestContext, signedUpAndVerified } from '../test-accounts';
import { beginTotpSetup, confirmTotpSetup, twoFactorStatus } from './commands';
import {
	logInWithPasskey,
	passkeyList,
	passkeyLoginOptions,
	passkeyRegistrationOptions,
	registerPasskey,
	removePasskey
} from './passkeys';
import { pendingMember } from './pending-login';
import { softwarePasskey } from './test-authenticator';
import { totp } from './totp';

let conn: Connection;
beforeAll(async () => {
	conn = await createTestDatabase();
});
afterAll(async () => {
	await conn?.close();
});

const rp = { id: 'plenary.test', origin: 'https://plenary.test', name: 'Plenary' };

async function member() {
	const person = await signedUpAndVerified(conn.db);
	const [row] = await conn.db
		.select({ id: members.id })
		.from(members)
		.where(eq(members.email, person.email));
	return { person, id: row.id, actor: await actorFor(conn.db, row.id) };
}

/** A member with a passkey registered the way the security page does it. */
async function withPasskey() {
	const m = await member();
	const key = softwarePasskey();
	const { options, cookie } = await passkeyRegistrationOptions(conn.db, m.actor, rp);
	await registerPasskey(conn.db, m.actor, cookie.token, key.register(options.challenge, rp), rp);
	return { ...m, key };
}

async function sessionCount(id: number) {
	return (await conn.db.select().from(sessions).where(eq(sessions.memberId, id))).length;
}

describe('passkeys', () => {
	it('are registered for the challenge the member was given, once', async () => {
		const m = await member();
		const key = softwarePasskey();
		const { options, cookie } = await passkeyRegistrationOptions(conn.db, m.actor, rp);
		const answer = key.register(options.challenge, rp);
		await registerPasskey(conn.db, m.actor, cookie.token, answer, rp);
		expect((await passkeyList(conn.db, m.id)).map((p) => p.id)).toEqual([key.id]);
		await expect(
			registerPasskey(conn.db, m.actor, cookie.token, answer, rp)
		).rejects.toBeInstanceOf(Gone);
	});

	it('refuse another member’s challenge, and another site’s answer (a visitor gets 401 from the route)', async () => {
		const a = await member();
		const b = await member();
		const key = softwarePasskey();
		const { options, cookie } = await passkeyRegistrationOptions(conn.db, a.actor, rp);
		await expect(
			registerPasskey(conn.db, b.actor, cookie.token, key.register(options.challenge, rp), rp)
		).rejects.toBeInstanceOf(Forbidden);

		const again = await passkeyRegistrationOptions(conn.db, a.actor, rp);
		const elsewhere = { ...rp, origin: 'https://evil.example' };
		await expect(
			registerPasskey(
				conn.db,
				a.actor,
				again.cookie.token,
				key.register(again.options.challenge, elsewhere),
				rp
			)
		).rejects.toBeInstanceOf(Invalid);
		await expect(registerPasskey(conn.db, a.actor, undefined, {}, rp)).rejects.toBeInstanceOf(
			Invalid
		);
		expect(await passkeyList(conn.db, a.id)).toEqual([]);
	});

	it('log a member in on their own when the holder is verified', async () => {
		const m = await withPasskey();
		const { options, cookie } = await passkeyLoginOptions(conn.db, null, rp);
		expect(options.userVerification).toBe('required');
		const session = await logInWithPasskey(
			conn.db,
			cookie.token,
			m.key.authenticate(options.challenge, rp),
			rp,
			'test'
		);
		expect(session.token).toBeTruthy();
		expect(await sessionCount(m.id)).toBe(1);

		// Only present, not verified: not enough on its own.
		const next = await passkeyLoginOptions(conn.db, null, rp);
		await expect(
			logInWithPasskey(
				conn.db,
				next.cookie.token,
				m.key.authenticate(next.options.challenge, rp, { userVerified: false }),
				rp,
				'test'
			)
		).rejects.toBeInstanceOf(Invalid);
		expect(await sessionCount(m.id)).toBe(1);
	});

	it('finish a pending log-in as the second step, but only the member’s own', async () => {
		const m = await withPasskey();
		await beginTotpSetup(conn.db, m.actor);
		const secret = (await twoFactorStatus(conn.db, m.id)).setupSecret!;
		await confirmTotpSetup(conn.db, m.actor, { code: totp(secret) });
		const pending = await logIn(conn.db, m.person, { ...requestContext, address: '203.0.113.90' });
		expect(pending.secondFactor).toBe(true);
		const memberId = await pendingMember(conn.db, pending.token);
		expect(memberId).toBe(m.id);

		const stranger = await withPasskey();
		const first = await passkeyLoginOptions(conn.db, memberId, rp);
		expect(first.options.allowCredentials?.map((c) => c.id)).toEqual([m.key.id]);
		await expect(
			logInWithPasskey(
				conn.db,
				first.cookie.token,
				stranger.key.authenticate(first.options.challenge, rp),
				rp,
				'test'
			)
		).rejects.toBeInstanceOf(Invalid);

		const second = await passkeyLoginOptions(conn.db, memberId, rp);
		await logInWithPasskey(
			conn.db,
			second.cookie.token,
			m.key.authenticate(second.options.challenge, rp, { userVerified: false }),
			rp,
			'test'
		);
		expect(await sessionCount(m.id)).toBe(1);
		expect(
			await conn.db.select().from(pendingLogins).where(eq(pendingLogins.memberId, m.id))
		).toEqual([]);
	});

	it('are removed by their owner only', async () => {
		const m = await withPasskey();
		const other = await member();
		await expect(removePasskey(conn.db, other.actor, m.key.id)).rejects.toBeInstanceOf(NotFound);
		await removePasskey(conn.db, m.actor, m.key.id);
		expect(await conn.db.select().from(passkeys).where(eq(passkeys.memberId, m.id))).toEqual([]);
	});
});
