/**
 * Setting up and turning off two-factor log-in, and renewing the recovery codes. The secret is
 * shown while the setup is unfinished and never after; the recovery codes are shown once, by the
 * answer to the request that makes them, and only their digests are kept.
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Actor } from '$lib/domain/members/actor';
import type { Db, Queryable } from '$lib/server/db/client';
import { members, recoveryCodes, totpSecrets } from '$lib/server/db/schema';
import { command } from '$lib/server/command';
import { Conflict, Invalid, NotFound } from '$lib/server/errors';
import { eventAbout } from '$lib/server/events/about';
import { parseInput } from '$lib/server/validation';
import { disableTwoFactorInput, secondFactorInput } from '$lib/schemas/two-factor';
import { verifyPassword } from '../passwords';
import { hashRecoveryCode, newRecoveryCodes } from './recovery-codes';
import { openSecret, sealSecret } from './secret-box';
import { matchTotp, newTotpSecret } from './totp';
import { lockSecret, throttledCode, useSecondFactor } from './verify';

/** What the security page shows: whether it is on, the secret of an unfinished setup, codes left. */
export async function twoFactorStatus(db: Queryable, memberId: number) {
	const [row] = await db
		.select({ secret: totpSecrets.secret, enabledAt: totpSecrets.enabledAt })
		.from(totpSecrets)
		.where(eq(totpSecrets.memberId, memberId));
	const [left] = await db
		.select({ count: sql<number>`count(*)::int` })
		.from(recoveryCodes)
		.where(and(eq(recoveryCodes.memberId, memberId), isNull(recoveryCodes.usedAt)));
	return {
		enabled: !!row?.enabledAt,
		setupSecret: row && !row.enabledAt ? openSecret(row.secret) : null,
		recoveryCodesLeft: left?.count ?? 0
	};
}

async function replaceRecoveryCodes(tx: Queryable, memberId: number): Promise<string[]> {
	const codes = newRecoveryCodes();
	await tx.delete(recoveryCodes).where(eq(recoveryCodes.memberId, memberId));
	await tx
		.insert(recoveryCodes)
		.values(codes.map((code) => ({ memberId, codeHash: hashRecoveryCode(code) })));
	return codes;
}

/** Start (or start again) setting up an authenticator: a new secret, not yet asked for at log-in. */
export const beginTotpSetup = command({
	input: () => ({}),
	load: (tx, actor: Actor) => lockSecret(tx, actor.id),
	allow: (actor: Actor) => !!actor,
	check: (row) => {
		if (row?.enabledAt) throw new Conflict('error_two_factor_already_on');
	},
	run: async (tx, actor) => {
		const secret = sealSecret(newTotpSecret());
		await tx
			.insert(totpSecrets)
			.values({ memberId: actor.id, secret })
			.onConflictDoUpdate({
				target: totpSecrets.memberId,
				set: { secret, createdAt: sql`now()`, lastStep: null }
			});
	},
	// Nothing is on yet: the event is appended when the member confirms a code.
	event: () => null
});

const confirm = command({
	input: (raw: unknown) => parseInput(secondFactorInput, raw),
	load: async (tx, actor: Actor) => {
		const row = await lockSecret(tx, actor.id);
		if (!row) throw new NotFound('error_two_factor_no_setup');
		return row;
	},
	allow: (actor: Actor) => !!actor,
	check: (row) => {
		if (row.enabledAt) throw new Conflict('error_two_factor_already_on');
	},
	run: async (tx, actor, row, { code }) => {
		const secret = openSecret(row.secret);
		const step = secret ? matchTotp(secret, code, row.lastStep) : null;
		if (step === null) return { ok: false as const, codes: [] };
		await tx
			.update(totpSecrets)
			.set({ enabledAt: sql`now()`, lastStep: step })
			.where(eq(totpSecrets.memberId, actor.id));
		return { ok: true as const, codes: await replaceRecoveryCodes(tx, actor.id) };
	},
	event: (out, _row, _input, actor) =>
		out.ok ? eventAbout('member', actor.id, actor.id, { type: 'two-factor.enabled' }) : null
});

/** Finish the setup with a code from the app; answers the recovery codes, shown this once. */
export async function confirmTotpSetup(db: Db, actor: Actor, raw: unknown): Promise<string[]> {
	const result = await throttledCode(db, actor.id, () => confirm(db, actor, raw));
	return result.codes;
}

const renew = command({
	input: (raw: unknown) => parseInput(secondFactorInput, raw),
	load: async (tx, actor: Actor) => {
		const row = await lockSecret(tx, actor.id);
		if (!row?.enabledAt) throw new NotFound('error_two_factor_off');
		return row;
	},
	allow: (actor: Actor) => !!actor,
	run: async (tx, actor, row, { code }) => {
		// A recovery code cannot renew the recovery codes: that takes the authenticator itself.
		if (!(await useSecondFactor(tx, row, code, { recovery: false })))
			return { ok: false as const, codes: [] };
		return { ok: true as const, codes: await replaceRecoveryCodes(tx, actor.id) };
	},
	event: (out, _row, _input, actor) =>
		out.ok ? eventAbout('member', actor.id, actor.id, { type: 'recovery-codes.regenerated' }) : null
});

/** New recovery codes (the old ones stop working), for a current authenticator code. */
export async function regenerateRecoveryCodes(db: Db, actor: Actor, raw: unknown) {
	const result = await throttledCode(db, actor.id, () => renew(db, actor, raw));
	return result.codes;
}

const turnOff = command({
	input: (code: string, passwordOk: boolean) => ({ code, passwordOk }),
	load: async (tx, actor: Actor) => {
		const row = await lockSecret(tx, actor.id);
		if (!row?.enabledAt) throw new NotFound('error_two_factor_off');
		return row;
	},
	allow: (actor: Actor) => !!actor,
	run: async (tx, actor, row, { code, passwordOk }) => {
		if (!passwordOk && !(await useSecondFactor(tx, row, code))) return { ok: false };
		await tx.delete(totpSecrets).where(eq(totpSecrets.memberId, actor.id));
		await tx.delete(recoveryCodes).where(eq(recoveryCodes.memberId, actor.id));
		return { ok: true };
	},
	event: (out, _row, _input, actor) =>
		out.ok ? eventAbout('member', actor.id, actor.id, { type: 'two-factor.disabled' }) : null
});

/** Turn two-factor log-in off, with a current code (or a recovery code) or the password. */
export async function disableTwoFactor(db: Db, actor: Actor, raw: unknown) {
	const input = parseInput(disableTwoFactorInput, raw);
	if (!input.code && !input.password)
		throw new Invalid('error_form', { code: 'error_two_factor_code_or_password' });
	let passwordOk = false;
	if (input.password) {
		const [member] = await db
			.select({ passwordHash: members.passwordHash })
			.from(members)
			.where(eq(members.id, actor.id));
		passwordOk = await verifyPassword(member?.passwordHash ?? null, input.password);
		if (!passwordOk && !input.code)
			throw new Invalid('error_form', { password: 'error_password_wrong' });
	}
	await throttledCode(db, actor.id, () => turnOff(db, actor, input.code, passwordOk));
}
