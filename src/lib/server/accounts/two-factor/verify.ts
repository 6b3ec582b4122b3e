/**
 * Checking a second factor: an authenticator code or an unused recovery code. Each is accepted
 * once; the check and the use happen in the caller's transaction with the member's secret row
 * locked, so two requests racing with one code cannot both win. Wrong codes are counted per
 * member (5 in 15 minutes, then 15 minutes' wait) whoever sends them.
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { recoveryCodes, totpSecrets } from '$lib/server/db/schema';
import { Invalid } from '$lib/server/errors';
import { assertNotThrottled, clearAttempts, recordAttempt, throttleKey } from '../throttle';
import { openSecret } from './secret-box';
import { hashRecoveryCode, looksLikeRecoveryCode } from './recovery-codes';
import { matchTotp } from './totp';

const WRONG_CODES = { limit: 5, windowMinutes: 15, lockMinutes: 15 };

const keyFor = (memberId: number) => throttleKey('second-factor', String(memberId));

/** Whether the member has finished setting up an authenticator. */
export async function hasSecondFactor(db: Queryable, memberId: number): Promise<boolean> {
	const [row] = await db
		.select({ on: sql<boolean>`${totpSecrets.enabledAt} is not null` })
		.from(totpSecrets)
		.where(eq(totpSecrets.memberId, memberId));
	return !!row?.on;
}

/** The member's secret row, locked; null when there is none. */
export async function lockSecret(tx: Queryable, memberId: number) {
	const [row] = await tx
		.select()
		.from(totpSecrets)
		.where(eq(totpSecrets.memberId, memberId))
		.for('update');
	return row ?? null;
}

/**
 * Use `code` as the member's second factor: true when it was a fresh authenticator code or an
 * unused recovery code (now spent), false otherwise. `row` is the member's locked secret row.
 */
export async function useSecondFactor(
	tx: Queryable,
	row: { memberId: number; secret: string; lastStep: number | null },
	code: string,
	{ recovery = true } = {}
): Promise<boolean> {
	const secret = openSecret(row.secret);
	const step = secret ? matchTotp(secret, code, row.lastStep) : null;
	if (step !== null) {
		await tx
			.update(totpSecrets)
			.set({ lastStep: step })
			.where(eq(totpSecrets.memberId, row.memberId));
		return true;
	}
	if (!recovery || !looksLikeRecoveryCode(code)) return false;
	const spent = await tx
		.update(recoveryCodes)
		.set({ usedAt: sql`now()` })
		.where(
			and(
				eq(recoveryCodes.memberId, row.memberId),
				eq(recoveryCodes.codeHash, hashRecoveryCode(code)),
				isNull(recoveryCodes.usedAt)
			)
		)
		.returning({ memberId: recoveryCodes.memberId });
	return spent.length > 0;
}

/**
 * Run `attempt` (a command that answers whether the code was right) under the member's limit on
 * wrong codes: refused with 429 while over it; a wrong code is counted, then refused as Invalid.
 */
export async function throttledCode<T extends { ok: boolean }>(
	db: Queryable,
	memberId: number,
	attempt: () => Promise<T>
): Promise<T> {
	const key = keyFor(memberId);
	await assertNotThrottled(db, [key], 'error_two_factor_too_many');
	const result = await attempt();
	if (!result.ok) {
		await recordAttempt(db, key, WRONG_CODES);
		throw new Invalid('error_form', { code: 'error_two_factor_code_wrong' });
	}
	await clearAttempts(db, key);
	return result;
}
