/**
 * What a member does with their credentials: reset a forgotten password, change it, change the
 * address (confirmed from the new mailbox), delete the account. Passwords are checked and hashed
 * before the transaction opens (slow on purpose), the change itself runs through the pipeline.
 */
import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Db, Queryable } from '$lib/server/db/client';
import type { Actor } from '$lib/domain/members/actor';
import { emailTokens, members, sessions } from '$lib/server/db/schema';
import { command } from '$lib/server/command';
import { Conflict, Invalid, NotFound } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import { can } from '$lib/server/members/policy';
import {
	changeEmailInput,
	changePasswordInput,
	deleteAccountInput,
	emailOnlyInput,
	resetPasswordInput
} from '$lib/schemas/accounts';
import { mailLinkCommand, throttleMail, type RequestContext } from './commands';
import { loadLink, requestLink, useLink } from './email-links';
import { hashPassword, verifyPassword } from './passwords';
import { deleteMemberSessions } from './sessions';
import { hashToken } from './tokens';
import { eventAbout } from '$lib/server/events/about';

const requestReset = mailLinkCommand('reset-password', 'password-reset.requested');

/** Send a reset link if the address has an account. The answer is the same either way. */
export async function requestPasswordReset(db: Db, raw: unknown, ctx: RequestContext) {
	const input = parseInput(emailOnlyInput, raw);
	await throttleMail(db, ctx);
	await requestReset(db, null, input, ctx);
}

const setPasswordByLink = command({
	anonymous: true,
	input: (token: string, passwordHash: string) => ({ token, passwordHash }),
	load: (tx, _actor, { token }) => loadLink(tx, token, 'reset-password'),
	allow: () => true,
	run: async (tx, _actor, link, { passwordHash }) => {
		await useLink(tx, link.id);
		// The link proved the mailbox is theirs, so it also verifies the address.
		await tx
			.update(members)
			.set({ passwordHash, emailVerifiedAt: sql`coalesce(${members.emailVerifiedAt}, now())` })
			.where(eq(members.id, link.memberId));
		await deleteMemberSessions(tx, link.memberId);
		return { memberId: link.memberId };
	},
	event: (out) =>
		eventAbout('member', out.memberId, out.memberId, { type: 'member.password-reset' })
});

export async function resetPassword(db: Db, raw: unknown) {
	const input = parseInput(resetPasswordInput, raw);
	const passwordHash = await hashPassword(input.password);
	await setPasswordByLink(db, null, input.token, passwordHash);
}

/** The member acting on their own account, locked for the change. */
async function ownAccount(tx: Queryable, actor: Actor) {
	const [row] = await tx
		.select({ id: members.id, deletedAt: members.deletedAt })
		.from(members)
		.where(and(eq(members.id, actor.id), isNull(members.deletedAt)))
		.for('update');
	if (!row) throw new NotFound('error_member_not_found');
	return row;
}

const setPassword = command({
	input: (passwordHash: string, currentSessionToken: string) => ({
		passwordHash,
		currentSessionToken
	}),
	load: ownAccount,
	allow: (actor, me) => can(actor, 'edit-profile', me),
	run: async (tx, actor, _me, { passwordHash, currentSessionToken }) => {
		await tx.update(members).set({ passwordHash }).where(eq(members.id, actor.id));
		// Other devices must log in again with the new password; this one stays in.
		await tx
			.delete(sessions)
			.where(and(eq(sessions.memberId, actor.id), ne(sessions.id, hashToken(currentSessionToken))));
	},
	event: (_out, _me, _i, actor) =>
		eventAbout('member', actor.id, actor.id, { type: 'member.password-changed' })
});

export async function changePassword(
	db: Db,
	actor: Actor,
	raw: unknown,
	currentSessionToken: string
) {
	const input = parseInput(changePasswordInput, raw);
	await assertPassword(db, actor, input.currentPassword);
	const passwordHash = await hashPassword(input.newPassword);
	await setPassword(db, actor, passwordHash, currentSessionToken);
}

const emailTaken = { message: 'error_form', fields: { email: 'error_email_taken' } };

const requestNewEmail = command({
	input: (email: string, origin: string) => ({ email, origin }),
	load: ownAccount,
	allow: (actor, me) => can(actor, 'edit-profile', me),
	check: async (_me, { email }, _actor, tx) => {
		const [taken] = await tx
			.select({ id: members.id })
			.from(members)
			.where(sql`lower(${members.email}) = lower(${email})`);
		if (taken) throw new Conflict(emailTaken.message, emailTaken.fields);
	},
	// The new address waits on the link's row; the mail handler mails the link to it.
	run: (tx, actor, _me, { email }) => requestLink(tx, actor.id, 'change-email', email),
	event: (_out, _me, { origin }, actor) =>
		eventAbout('member', actor.id, actor.id, { type: 'email-change.requested', data: { origin } })
});

export async function requestEmailChange(db: Db, actor: Actor, raw: unknown, ctx: RequestContext) {
	const input = parseInput(changeEmailInput, raw);
	await assertPassword(db, actor, input.currentPassword);
	await requestNewEmail(db, actor, input.email, ctx.origin);
}

const changeEmailByLink = command({
	anonymous: true,
	input: (token: string) => ({ token }),
	load: (tx, _actor, { token }) => loadLink(tx, token, 'change-email'),
	allow: () => true,
	run: async (tx, _actor, link) => {
		await useLink(tx, link.id);
		await tx
			.update(members)
			.set({ email: link.email, emailVerifiedAt: sql`now()` })
			.where(and(eq(members.id, link.memberId), isNull(members.deletedAt)));
		return { memberId: link.memberId };
	},
	event: (out) =>
		eventAbout('member', out.memberId, out.memberId, { type: 'member.email-changed' }),
	conflicts: { members_email_key: 'error_email_taken' }
});

/** Confirm the new address with the link mailed to it. */
export function confirmEmailChange(db: Db, token: string) {
	return changeEmailByLink(db, null, token);
}

const eraseAccount = command({
	input: (confirmHandle: string) => ({ confirmHandle }),
	load: async (tx, actor) => {
		await ownAccount(tx, actor);
		const [me] = await tx
			.select({ id: members.id, handle: members.handle })
			.from(members)
			.where(eq(members.id, actor.id));
		return me;
	},
	allow: (actor, me) => can(actor, 'delete-account', me),
	check: (me, { confirmHandle }) => {
		if (confirmHandle.toLowerCase() !== me.handle.toLowerCase())
			throw new Invalid('error_form', { confirmHandle: 'error_confirm_handle' });
	},
	run: async (tx, actor) => {
		await tx
			.update(members)
			.set({
				email: `deleted-${actor.id}@invalid`,
				handle: `deleted_${actor.id}`,
				displayName: '',
				bio: '',
				city: null,
				languages: [],
				passwordHash: '!',
				deletedAt: sql`now()`
			})
			.where(eq(members.id, actor.id));
		await tx.delete(sessions).where(eq(sessions.memberId, actor.id));
		await tx.delete(emailTokens).where(eq(emailTokens.memberId, actor.id));
	},
	event: (_out, _me, _i, actor) =>
		eventAbout('member', actor.id, actor.id, { type: 'member.deleted' })
});

/**
 * Delete an account: personal data is erased and sessions end. The row stays, anonymised,
 * so what the member wrote or decided keeps its place in the organisation's history.
 */
export async function deleteAccount(db: Db, actor: Actor, raw: unknown) {
	const input = parseInput(deleteAccountInput, raw);
	await assertPassword(db, actor, input.currentPassword);
	await eraseAccount(db, actor, input.confirmHandle);
}

async function assertPassword(db: Queryable, actor: Actor, password: string) {
	const [member] = await db
		.select({ passwordHash: members.passwordHash })
		.from(members)
		.where(and(eq(members.id, actor.id), isNull(members.deletedAt)));
	if (!member || !(await verifyPassword(member.passwordHash, password)))
		throw new Invalid('error_form', { currentPassword: 'error_password_wrong' });
}
