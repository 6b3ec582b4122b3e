/**
 * The step between the password and the second factor. A right password for a member with
 * two-factor log-in gives no session, only a pending log-in: a random token in an HttpOnly cookie
 * for five minutes (only its SHA-256 is stored). The second-factor page spends it, with a code,
 * for the real session.
 */
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Cookies } from '@sveltejs/kit';
import type { Db, Queryable } from '$lib/server/db/client';
import { pendingLogins } from '$lib/server/db/schema';
import { command } from '$lib/server/command';
import { Gone } from '$lib/server/errors';
import { eventAbout } from '$lib/server/events/about';
import { parseInput } from '$lib/server/validation';
import { secondFactorInput } from '$lib/schemas/two-factor';
import { createSession } from '../sessions';
import { hashToken, newToken } from '../tokens';
import { lockSecret, throttledCode, useSecondFactor } from './verify';
import { serverCookie } from '$lib/server/cookies';

export const PENDING_COOKIE = 'plenary_pending_login';
const LIFETIME_MS = 5 * 60 * 1000;

/** After the right password: a pending log-in for the member, to be finished with a code. */
export async function startPendingLogin(db: Queryable, memberId: number, userAgent: string) {
	const { token, id } = newToken();
	const expiresAt = new Date(Date.now() + LIFETIME_MS);
	// Expired ones are of no use to anyone; clearing them here keeps the table small.
	await db.delete(pendingLogins).where(lt(pendingLogins.expiresAt, sql`now()`));
	await db
		.insert(pendingLogins)
		.values({ id, memberId, expiresAt, userAgent: userAgent.slice(0, 300) });
	return { token, expiresAt };
}

/** The member a pending log-in cookie stands for, or null when it is unknown or expired. */
export async function pendingMember(db: Queryable, token: string | undefined) {
	if (!token || token.length > 100) return null;
	const [row] = await db
		.select({ memberId: pendingLogins.memberId })
		.from(pendingLogins)
		.where(and(eq(pendingLogins.id, hashToken(token)), gt(pendingLogins.expiresAt, sql`now()`)));
	return row?.memberId ?? null;
}

const finish = command({
	anonymous: true,
	input: (token: string, code: string) => ({ id: hashToken(token), code }),
	load: async (tx, _actor, { id }) => {
		const [pending] = await tx
			.select()
			.from(pendingLogins)
			.where(and(eq(pendingLogins.id, id), gt(pendingLogins.expiresAt, sql`now()`)))
			.for('update');
		if (!pending) throw new Gone('error_second_factor_expired');
		const secret = await lockSecret(tx, pending.memberId);
		if (!secret?.enabledAt) throw new Gone('error_second_factor_expired');
		return { pending, secret };
	},
	allow: () => true,
	run: async (tx, _actor, { pending, secret }, { code }) => {
		if (!(await useSecondFactor(tx, secret, code))) return { ok: false as const };
		await tx.delete(pendingLogins).where(eq(pendingLogins.id, pending.id));
		const session = await createSession(tx, pending.memberId, pending.userAgent);
		return { ok: true as const, ...session };
	},
	event: (out, { pending }) =>
		out.ok
			? eventAbout('member', pending.memberId, pending.memberId, { type: 'session.started' })
			: null
});

/**
 * Finish a pending log-in with an authenticator code or a recovery code: the real session. A
 * wrong code counts against the member's limit; an expired pending log-in answers 410.
 */
export async function finishLogin(db: Db, token: string | undefined, raw: unknown) {
	const { code } = parseInput(secondFactorInput, raw);
	const memberId = await pendingMember(db, token);
	if (!memberId || !token) throw new Gone('error_second_factor_expired');
	const result = await throttledCode(db, memberId, () => finish(db, null, token, code));
	if (!result.ok) throw new Error('unreachable: throttledCode refuses wrong codes');
	return { token: result.token, expiresAt: result.expiresAt };
}

export function setPendingCookie(cookies: Cookies, url: URL, token: string, expiresAt: Date) {
	cookies.set(PENDING_COOKIE, token, {
		...serverCookie(url, '/login'),
		expires: expiresAt
	});
}

export function clearPendingCookie(cookies: Cookies, url: URL) {
	cookies.delete(PENDING_COOKIE, serverCookie(url, '/login'));
}
