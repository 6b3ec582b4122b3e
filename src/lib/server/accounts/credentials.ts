/**
 * What a member does with their credentials: reset a forgotten password, change it, change the
 * address (confirmed from the new mailbox), delete the account. Passwords are checked and hashed
 * before the transaction opens (slow on purpose), the change itself runs through the pipeline.
 */
import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Db, Queryable } from '$lib/server/db/client';
import type { Actor } from '$lib/domain/members/actor';
import {
	emailTokens,
	images,
	knownDevices,
	mailOutbox,
	members,
	sessions
} from '$lib/server/db/schema';
import type { MediaStore } from '$lib/server/writing/media-store';
import { command } from '$lib/server/command';
import { Invalid, NotFound } from '$lib/server/errors';
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
import { removeWriting } from './remove-writing';
import { eraseMessages } from '$lib/server/messages/erase';
import { deleteMemberSessions } from './sessions';
import { hashToken } from './tokens';
import { confirmAddress } from './confirmation';
import { RULES, throttle, throttleKey } from './throttle';
import { eventAbout } from '$lib/server/events/about';

const requestReset = mailLinkCommand('reset-password', 'password-reset.requested');

/** Send a reset link if the address has an account. The answer is the same either way. */
export async function requestPasswordReset(db: Db, raw: unknown, ctx: RequestContext) {
	const input = parseInput(emailOnlyInput, raw);
	await throttleMail(db, ctx, input.email);
	await requestReset(db, null, input, ctx);
}

const setPasswordByLink = command({
	anonymous: true,
	input: (token: string, passwordHash: string) => ({ token, passwordHash }),
	load: (tx, _actor, { token }) => loadLink(tx, token, 'reset-password'),
	allow: () => true,
	run: async (tx, _actor, link, { passwordHash }) => {
		await useLink(tx, link.id);
		await tx.update(members).set({ passwordHash }).where(eq(members.id, link.memberId));
		await deleteMemberSessions(tx, link.memberId);
		// The link proved the mailbox is theirs, so it also confirms the address.
		return { memberId: link.memberId, placing: await confirmAddress(tx, link.memberId) };
	},
	event: (out) => [
		eventAbout('member', out.memberId, out.memberId, { type: 'member.password-reset' }),
		...out.placing
	]
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

/**
 * Whether the new address belongs to someone is never told: the answer is the same, and only a
 * free address is sent the link (the owner of a taken one gets nothing to ignore).
 */
const requestNewEmail = command({
	input: (email: string, origin: string) => ({ email, origin }),
	load: ownAccount,
	allow: (actor, me) => can(actor, 'edit-profile', me),
	run: async (tx, actor, _me, { email }) => {
		const [taken] = await tx
			.select({ id: members.id })
			.from(members)
			.where(sql`lower(${members.email}) = lower(${email})`);
		// The new address waits on the link's row; the mail handler mails the link to it.
		if (!taken) await requestLink(tx, actor.id, 'change-email', email);
		return { requested: !taken };
	},
	event: (out, _me, { origin }, actor) =>
		out.requested
			? eventAbout('member', actor.id, actor.id, {
					type: 'email-change.requested',
					data: { origin }
				})
			: null
});

export async function requestEmailChange(db: Db, actor: Actor, raw: unknown, ctx: RequestContext) {
	const input = parseInput(changeEmailInput, raw);
	await throttle(
		db,
		[
			[throttleKey('mail-member', String(actor.id)), RULES.mailMember],
			[throttleKey('mail-to', input.email.toLowerCase()), RULES.mailRecipient]
		],
		'error_too_many_mails'
	);
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
	input: (confirmHandle: string, content: 'keep' | 'remove') => ({ confirmHandle, content }),
	load: async (tx, actor) => {
		await ownAccount(tx, actor);
		const [me] = await tx
			.select({ id: members.id, handle: members.handle, email: members.email })
			.from(members)
			.where(eq(members.id, actor.id));
		return me;
	},
	allow: (actor, me) => can(actor, 'delete-account', me),
	check: (me, { confirmHandle }) => {
		if (confirmHandle.toLowerCase() !== me.handle.toLowerCase())
			throw new Invalid('error_form', { confirmHandle: 'error_confirm_handle' });
	},
	run: async (tx, actor, me, { content }) => {
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
		// The row stays, so nothing cascades: everything else tied to the person goes by hand.
		await tx.delete(sessions).where(eq(sessions.memberId, actor.id));
		await tx.delete(knownDevices).where(eq(knownDevices.memberId, actor.id));
		await tx.delete(emailTokens).where(eq(emailTokens.memberId, actor.id));
		// Mail not yet sent (and copies of mail sent) to the address would outlive the account.
		await tx.delete(mailOutbox).where(sql`lower(${mailOutbox.toAddress}) = lower(${me.email})`);
		const writing =
			content === 'remove' ? await removeWriting(tx, actor.id) : { files: [], posts: [] };
		await eraseMessages(tx, actor.id, content === 'remove');
		const photos = await tx
			.delete(images)
			.where(and(eq(images.ownerId, actor.id), eq(images.purpose, 'avatar')))
			.returning({ key: images.key, sizes: images.sizes });
		return {
			posts: writing.posts,
			files: [
				...writing.files,
				...photos.flatMap((p) => Object.keys(p.sizes as object).map((s) => `${p.key}-${s}.webp`))
			]
		};
	},
	event: (out, _me, _i, actor) => [
		eventAbout('member', actor.id, actor.id, { type: 'member.deleted' }),
		// Each removed post, as when its author deletes it (federation withdraws the public ones).
		...out.posts.map(({ id, public: shown, ...post }) =>
			eventAbout('post', id, actor.id, {
				type: 'post.deleted',
				data: { ...post, authorId: actor.id, public: shown }
			})
		)
	]
});

/**
 * Delete an account: personal data is erased, sessions end and photos are deleted from the media
 * store. The row stays, anonymised, so what the member decided keeps its place in the
 * organisation's history, signed "former member". What they wrote stays the same way, or, if they
 * ask, goes (remove-writing.ts).
 */
export async function deleteAccount(db: Db, actor: Actor, raw: unknown, store: MediaStore) {
	const input = parseInput(deleteAccountInput, raw);
	await assertPassword(db, actor, input.currentPassword);
	const { files } = await eraseAccount(db, actor, input.confirmHandle, input.content);
	// After the commit: the rows are gone, so the URLs already answer 404; a file left by a crash
	// here is unreachable.
	for (const name of files) await store.delete(name);
}

async function assertPassword(db: Queryable, actor: Actor, password: string) {
	const [member] = await db
		.select({ passwordHash: members.passwordHash })
		.from(members)
		.where(and(eq(members.id, actor.id), isNull(members.deletedAt)));
	if (!member || !(await verifyPassword(member.passwordHash, password)))
		throw new Invalid('error_form', { currentPassword: 'error_password_wrong' });
}
