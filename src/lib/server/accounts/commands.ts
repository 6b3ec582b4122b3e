import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { emailTokens, members, sessions } from '$lib/server/db/schema';
import { Conflict, Forbidden, Invalid } from '$lib/server/errors';
import { appendEvent } from '$lib/server/events/append';
import type { EventType } from '$lib/server/events/catalogue';
import { isLocale, type Locale } from '$lib/server/i18n';
import { enqueueMail, type Mail } from '$lib/server/mail/outbox';
import { emailChangeMail, passwordResetMail, verificationMail } from '$lib/server/mail/templates';
import { parseInput, isUniqueViolation } from '$lib/server/validation';
import { checkProfileFacts } from '$lib/server/members/profile-rules';
import { placeNewMember } from '$lib/server/chapters/placement';
import type { Actor } from '$lib/server/members/policy';
import {
	changeEmailInput,
	changePasswordInput,
	deleteAccountInput,
	emailOnlyInput,
	logInInput,
	resetPasswordInput,
	signUpInput
} from '$lib/schemas/accounts';
import { consumeLink, issueLink, type LinkPurpose } from './email-links';
import { hashPassword, verifyPassword } from './passwords';
import { createSession, deleteMemberSessions, deleteSession } from './sessions';
import { hashToken } from './tokens';
import { assertNotThrottled, clearAttempts, recordAttempt, RULES } from './throttle';
import { isTimeZone } from '$lib/server/geo/time-zones';

/** Where a request came from: used for links in mail and for throttling. */
export type RequestContext = { origin: string; address: string; userAgent?: string };

const byEmail = (email: string) =>
	and(sql`lower(${members.email}) = lower(${email})`, isNull(members.deletedAt));

export async function signUp(db: Db, raw: unknown, ctx: RequestContext & { locale: Locale }) {
	const input = parseInput(signUpInput, raw);
	checkProfileFacts(input);
	const locale = isLocale(input.locale) ? input.locale : ctx.locale;
	const timeZone = isTimeZone(input.timeZone) ? input.timeZone : 'UTC';

	await assertNotThrottled(db, [`mail:${ctx.address}`]);
	await recordAttempt(db, `mail:${ctx.address}`, RULES.mailAddress);

	const taken = await db
		.select({ email: members.email, handle: members.handle })
		.from(members)
		.where(
			sql`lower(${members.email}) = lower(${input.email}) or lower(${members.handle}) = lower(${input.handle})`
		);
	const fields: Record<string, string> = {};
	for (const row of taken) {
		if (row.email.toLowerCase() === input.email.toLowerCase()) fields.email = 'error_email_taken';
		if (row.handle.toLowerCase() === input.handle.toLowerCase())
			fields.handle = 'error_handle_taken';
	}
	if (Object.keys(fields).length) throw new Conflict('error_form', fields);

	const passwordHash = await hashPassword(input.password);
	try {
		return await db.transaction(async (tx) => {
			const [member] = await tx
				.insert(members)
				.values({
					email: input.email,
					passwordHash,
					handle: input.handle,
					displayName: input.displayName,
					country: input.country,
					city: input.city || null,
					languages: input.languages,
					bio: input.bio,
					locale,
					timeZone
				})
				.returning({ id: members.id });
			const token = await issueLink(tx, member.id, 'verify-email', input.email);
			const link = `${ctx.origin}/verify?token=${encodeURIComponent(token)}`;
			await enqueueMail(tx, verificationMail(input.email, locale, input.displayName, link));
			await appendEvent(tx, {
				type: 'member.joined',
				actorId: member.id,
				subjectType: 'member',
				subjectId: member.id,
				data: { country: input.country }
			});
			// Into the local chapter of their city (created when none exists), and so its country's.
			const placed = await placeNewMember(tx, {
				id: member.id,
				country: input.country,
				city: input.city || null
			});
			return { memberId: member.id, chapterId: placed.chapterId };
		});
	} catch (err) {
		if (isUniqueViolation(err, 'members_email_key'))
			throw new Conflict('error_form', { email: 'error_email_taken' });
		if (isUniqueViolation(err, 'members_handle_key'))
			throw new Conflict('error_form', { handle: 'error_handle_taken' });
		throw err;
	}
}

export async function verifyEmail(db: Db, token: string) {
	if (!token || token.length > 100) throw new Invalid('error_link_invalid');
	return db.transaction(async (tx) => {
		const link = await consumeLink(tx, token, 'verify-email');
		await tx
			.update(members)
			.set({ emailVerifiedAt: sql`coalesce(${members.emailVerifiedAt}, now())` })
			.where(eq(members.id, link.memberId));
		await appendEvent(tx, {
			type: 'member.verified',
			actorId: link.memberId,
			subjectType: 'member',
			subjectId: link.memberId
		});
		return { memberId: link.memberId };
	});
}

export async function logIn(db: Db, raw: unknown, ctx: RequestContext) {
	const input = parseInput(logInInput, raw);
	const accountKey = `login:${input.email.toLowerCase()}`;
	const addressKey = `login-address:${ctx.address}`;
	await assertNotThrottled(db, [accountKey, addressKey]);

	const [member] = await db
		.select({
			id: members.id,
			passwordHash: members.passwordHash,
			verified: members.emailVerifiedAt
		})
		.from(members)
		.where(byEmail(input.email));
	// Always run the hash check, so an unknown address takes as long as a wrong password.
	const ok = await verifyPassword(member?.passwordHash ?? null, input.password);
	if (!member || !ok) {
		await recordAttempt(db, accountKey, RULES.loginAccount);
		await recordAttempt(db, addressKey, RULES.loginAddress);
		throw new Invalid('error_login_failed');
	}
	// Said only to someone who knows the password, so it reveals nothing to a stranger.
	if (!member.verified) throw new Forbidden('error_email_unverified');
	await clearAttempts(db, accountKey);
	return db.transaction(async (tx) => {
		const session = await createSession(tx, member.id, ctx.userAgent ?? '');
		await appendEvent(tx, {
			type: 'session.started',
			actorId: member.id,
			subjectType: 'member',
			subjectId: member.id
		});
		return session;
	});
}

export async function logOut(db: Db, actor: Actor, token: string) {
	await db.transaction(async (tx) => {
		await deleteSession(tx, token);
		await appendEvent(tx, {
			type: 'session.ended',
			actorId: actor.id,
			subjectType: 'member',
			subjectId: actor.id
		});
	});
}

/** End every session of the member, this one included. */
export async function logOutEverywhere(db: Db, actor: Actor) {
	await db.transaction(async (tx) => {
		await deleteMemberSessions(tx, actor.id);
		await appendEvent(tx, {
			type: 'session.revoked',
			actorId: actor.id,
			subjectType: 'member',
			subjectId: actor.id,
			data: { all: true }
		});
	});
}

/** Send a reset link if the address has an account. The answer is the same either way. */
export function requestPasswordReset(db: Db, raw: unknown, ctx: RequestContext) {
	return mailLinkIfAccount(db, raw, ctx, {
		purpose: 'reset-password',
		onlyUnverified: false,
		url: (token) => `${ctx.origin}/reset/${encodeURIComponent(token)}`,
		mail: passwordResetMail,
		event: 'password-reset.requested'
	});
}

/** Send a new verification link to an unverified account. The answer is the same either way. */
export function resendVerification(db: Db, raw: unknown, ctx: RequestContext) {
	return mailLinkIfAccount(db, raw, ctx, {
		purpose: 'verify-email',
		onlyUnverified: true,
		url: (token) => `${ctx.origin}/verify?token=${encodeURIComponent(token)}`,
		mail: verificationMail,
		event: 'verification.requested'
	});
}

/**
 * Mail a single-use link to the account behind an address, if there is one. Whether there is
 * one is never told: the caller answers the same either way, and the form is throttled.
 */
async function mailLinkIfAccount(
	db: Db,
	raw: unknown,
	ctx: RequestContext,
	how: {
		purpose: LinkPurpose;
		onlyUnverified: boolean;
		url: (token: string) => string;
		mail: (to: string, locale: Locale, name: string, link: string) => Mail;
		event: Extract<EventType, 'password-reset.requested' | 'verification.requested'>;
	}
) {
	const input = parseInput(emailOnlyInput, raw);
	await assertNotThrottled(db, [`mail:${ctx.address}`]);
	await recordAttempt(db, `mail:${ctx.address}`, RULES.mailAddress);
	const [member] = await db
		.select({
			id: members.id,
			email: members.email,
			name: members.displayName,
			locale: members.locale
		})
		.from(members)
		.where(
			how.onlyUnverified
				? and(byEmail(input.email), isNull(members.emailVerifiedAt))
				: byEmail(input.email)
		);
	if (!member) return;
	await db.transaction(async (tx) => {
		const token = await issueLink(tx, member.id, how.purpose, member.email);
		await enqueueMail(
			tx,
			how.mail(member.email, asLocale(member.locale), member.name, how.url(token))
		);
		await appendEvent(tx, {
			type: how.event,
			actorId: null,
			subjectType: 'member',
			subjectId: member.id
		});
	});
}

export async function resetPassword(db: Db, raw: unknown) {
	const input = parseInput(resetPasswordInput, raw);
	const passwordHash = await hashPassword(input.password);
	await db.transaction(async (tx) => {
		const link = await consumeLink(tx, input.token, 'reset-password');
		// The link proved the mailbox is theirs, so it also verifies the address.
		await tx
			.update(members)
			.set({ passwordHash, emailVerifiedAt: sql`coalesce(${members.emailVerifiedAt}, now())` })
			.where(eq(members.id, link.memberId));
		await deleteMemberSessions(tx, link.memberId);
		await appendEvent(tx, {
			type: 'member.password-reset',
			actorId: link.memberId,
			subjectType: 'member',
			subjectId: link.memberId
		});
	});
}

export async function changePassword(
	db: Db,
	actor: Actor,
	raw: unknown,
	currentSessionToken: string
) {
	const input = parseInput(changePasswordInput, raw);
	await assertPassword(db, actor, input.currentPassword, 'currentPassword');
	const passwordHash = await hashPassword(input.newPassword);
	await db.transaction(async (tx) => {
		await tx.update(members).set({ passwordHash }).where(eq(members.id, actor.id));
		// Other devices must log in again with the new password; this one stays in.
		await tx
			.delete(sessions)
			.where(and(eq(sessions.memberId, actor.id), ne(sessions.id, hashToken(currentSessionToken))));
		await appendEvent(tx, {
			type: 'member.password-changed',
			actorId: actor.id,
			subjectType: 'member',
			subjectId: actor.id
		});
	});
}

export async function requestEmailChange(db: Db, actor: Actor, raw: unknown, ctx: RequestContext) {
	const input = parseInput(changeEmailInput, raw);
	const member = await assertPassword(db, actor, input.currentPassword, 'currentPassword');
	const [taken] = await db
		.select({ id: members.id })
		.from(members)
		.where(sql`lower(${members.email}) = lower(${input.email})`);
	if (taken) throw new Conflict('error_form', { email: 'error_email_taken' });
	await db.transaction(async (tx) => {
		const token = await issueLink(tx, actor.id, 'change-email', input.email);
		const link = `${ctx.origin}/settings/account/email?token=${encodeURIComponent(token)}`;
		await enqueueMail(
			tx,
			emailChangeMail(input.email, asLocale(member.locale), member.displayName, link)
		);
		await appendEvent(tx, {
			type: 'email-change.requested',
			actorId: actor.id,
			subjectType: 'member',
			subjectId: actor.id
		});
	});
}

export async function confirmEmailChange(db: Db, token: string) {
	if (!token || token.length > 100) throw new Invalid('error_link_invalid');
	try {
		return await db.transaction(async (tx) => {
			const link = await consumeLink(tx, token, 'change-email');
			await tx
				.update(members)
				.set({ email: link.email, emailVerifiedAt: sql`now()` })
				.where(and(eq(members.id, link.memberId), isNull(members.deletedAt)));
			await appendEvent(tx, {
				type: 'member.email-changed',
				actorId: link.memberId,
				subjectType: 'member',
				subjectId: link.memberId
			});
			return { memberId: link.memberId };
		});
	} catch (err) {
		if (isUniqueViolation(err, 'members_email_key')) throw new Conflict('error_email_taken');
		throw err;
	}
}

/**
 * Delete an account: personal data is erased and sessions end. The row stays, anonymised,
 * so what the member wrote or decided keeps its place in the organisation's history.
 */
export async function deleteAccount(db: Db, actor: Actor, raw: unknown) {
	const input = parseInput(deleteAccountInput, raw);
	const member = await assertPassword(db, actor, input.currentPassword, 'currentPassword');
	if (input.confirmHandle.toLowerCase() !== member.handle.toLowerCase()) {
		throw new Invalid('error_form', { confirmHandle: 'error_confirm_handle' });
	}
	await db.transaction(async (tx) => {
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
		await appendEvent(tx, {
			type: 'member.deleted',
			actorId: actor.id,
			subjectType: 'member',
			subjectId: actor.id
		});
	});
}

async function assertPassword(db: Db, actor: Actor, password: string, field: string) {
	const [member] = await db
		.select({
			passwordHash: members.passwordHash,
			handle: members.handle,
			displayName: members.displayName,
			locale: members.locale
		})
		.from(members)
		.where(and(eq(members.id, actor.id), isNull(members.deletedAt)));
	if (!member || !(await verifyPassword(member.passwordHash, password))) {
		throw new Invalid('error_form', { [field]: 'error_password_wrong' });
	}
	return member;
}

function asLocale(value: string): Locale {
	return isLocale(value) ? value : 'en';
}
