/**
 * Joining and signing in: sign up, verify the address (and ask for a new link), log in and out.
 * Passwords, the address and deleting the account are in credentials.ts. Mail is never sent from
 * here: a command requests a link and appends its event, and the mail handler (mail-handler.ts)
 * issues the link and queues the mail once the command has committed.
 */
import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Db, Queryable } from '$lib/server/db/client';
import type { Actor } from '$lib/domain/members/actor';
import { members, sessions } from '$lib/server/db/schema';
import { command } from '$lib/server/command';
import { Conflict, Forbidden, Invalid, NotFound } from '$lib/server/errors';
import { isLocale, type Locale } from '$lib/server/i18n';
import { isTimeZone } from '$lib/server/geo/time-zones';
import { parseInput } from '$lib/server/validation';
import { checkProfileFacts } from '$lib/server/members/profile-rules';
import { emailOnlyInput, logInInput, signUpInput, type SignUpInput } from '$lib/schemas/accounts';
import { confirmAddress } from './confirmation';
import { loadLink, requestLink, useLink } from './email-links';
import { hashPassword, verifyPassword } from './passwords';
import { createSession, deleteSession } from './sessions';
import { hashToken } from './tokens';
import { RULES, throttle, throttleKey } from './throttle';
import {
	assertMayTryLogin,
	loginKeys,
	recordLoginFailure,
	recordLoginSuccess
} from './login-throttle';
import { eventAbout } from '$lib/server/events/about';
import { hasSecondFactor } from './two-factor/verify';
import { startPendingLogin } from './two-factor/pending-login';

/** Where a request came from: used for links in mail and for throttling. */
export type RequestContext = { origin: string; address: string; userAgent?: string };

export const byEmail = (email: string) =>
	and(sql`lower(${members.email}) = lower(${email})`, isNull(members.deletedAt));

const TAKEN = {
	members_email_key: { message: 'error_form', fields: { email: 'error_email_taken' } },
	members_handle_key: { message: 'error_form', fields: { handle: 'error_handle_taken' } }
};

const createMember = command({
	anonymous: true,
	input: (input: SignUpInput, passwordHash: string, ctx: { origin: string; locale: Locale }) => ({
		...input,
		passwordHash,
		origin: ctx.origin,
		locale: isLocale(input.locale) ? input.locale : ctx.locale,
		timeZone: isTimeZone(input.timeZone) ? input.timeZone : 'UTC'
	}),
	load: async () => null,
	allow: () => true,
	// Both fields at once when both are taken; a sign-up racing this one meets the unique indexes.
	check: async (_s, input, _actor, tx) => {
		const taken = await tx
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
	},
	run: async (tx, _actor, _s, input) => {
		const [member] = await tx
			.insert(members)
			.values({
				email: input.email,
				passwordHash: input.passwordHash,
				handle: input.handle,
				displayName: input.displayName,
				country: input.country,
				city: input.city || null,
				languages: input.languages,
				bio: input.bio,
				locale: input.locale,
				timeZone: input.timeZone
			})
			.returning({ id: members.id });
		await requestLink(tx, member.id, 'verify-email', input.email);
		return { memberId: member.id };
	},
	event: (out, _s, input) =>
		eventAbout('member', out.memberId, out.memberId, {
			type: 'member.joined',
			data: { country: input.country, origin: input.origin }
		}),
	conflicts: TAKEN
});

/**
 * Join: the member and a verification link for the mail handler to send. The account is placed in
 * a chapter, and shown anywhere, only once the address is confirmed (confirmation.ts).
 */
export async function signUp(db: Db, raw: unknown, ctx: RequestContext & { locale: Locale }) {
	const input = parseInput(signUpInput, raw);
	checkProfileFacts(input);
	await throttle(
		db,
		[[throttleKey('mail-from', ctx.address), RULES.mailAddress]],
		'error_too_many_mails'
	);
	const passwordHash = await hashPassword(input.password);
	return createMember(db, null, input, passwordHash, ctx);
}

const verifyByLink = command({
	anonymous: true,
	input: (token: string) => ({ token }),
	load: (tx, _actor, { token }) => loadLink(tx, token, 'verify-email'),
	allow: () => true,
	run: async (tx, _actor, link) => {
		await useLink(tx, link.id);
		return {
			memberId: link.memberId,
			email: link.email,
			placing: await confirmAddress(tx, link.memberId)
		};
	},
	event: (out) => [
		eventAbout('member', out.memberId, out.memberId, { type: 'member.verified' }),
		...out.placing
	]
});

/** Confirm the address with the link from the verification mail. */
export function verifyEmail(db: Db, token: string) {
	return verifyByLink(db, null, token);
}

/**
 * Mail a single-use link to the account behind an address, if there is one. Whether there is
 * one is never told: the caller answers the same either way, and the form is throttled.
 */
export function mailLinkCommand(
	purpose: 'verify-email' | 'reset-password',
	type: 'verification.requested' | 'password-reset.requested'
) {
	return command({
		anonymous: true,
		input: (raw: unknown, ctx: RequestContext) => ({
			...parseInput(emailOnlyInput, raw),
			origin: ctx.origin
		}),
		load: async (tx, _actor, input) => {
			const [member] = await tx
				.select({ id: members.id, email: members.email })
				.from(members)
				.where(
					purpose === 'verify-email'
						? and(byEmail(input.email), isNull(members.emailVerifiedAt))
						: byEmail(input.email)
				)
				.for('update');
			return member ?? null;
		},
		allow: () => true,
		run: async (tx, _actor, member) => {
			if (member) await requestLink(tx, member.id, purpose, member.email);
		},
		event: (_out, member, input) =>
			member && {
				type,
				actorId: null,
				subjectType: 'member',
				subjectId: member.id,
				data: { origin: input.origin }
			}
	});
}

const requestVerification = mailLinkCommand('verify-email', 'verification.requested');

/** Send a new verification link to an unverified account. The answer is the same either way. */
export async function resendVerification(db: Db, raw: unknown, ctx: RequestContext) {
	const input = parseInput(emailOnlyInput, raw);
	await throttleMail(db, ctx, input.email);
	await requestVerification(db, null, input, ctx);
}

/**
 * Mail asked for from one IP address, and mail to one address (asked for from anywhere), are
 * both limited; the answer to a request over either limit is the same whoever owns the address.
 */
export async function throttleMail(db: Queryable, ctx: RequestContext, to: string) {
	await throttle(
		db,
		[
			[throttleKey('mail-from', ctx.address), RULES.mailAddress],
			[throttleKey('mail-to', to.toLowerCase()), RULES.mailRecipient]
		],
		'error_too_many_mails'
	);
}

/**
 * Log in; see login-throttle.ts for how wrong passwords are slowed down. With `secondFactor`, the
 * token is a pending log-in's (two-factor/pending-login.ts), not a session's.
 */
export async function logIn(db: Db, raw: unknown, ctx: RequestContext & { deviceToken?: string }) {
	const input = parseInput(logInInput, raw);
	const [member] = await db
		.select({
			id: members.id,
			passwordHash: members.passwordHash,
			verified: members.emailVerifiedAt
		})
		.from(members)
		.where(byEmail(input.email));
	const keys = await loginKeys(db, input.email, member?.id ?? null, ctx);
	await assertMayTryLogin(db, keys);
	// Always run the hash check, so an unknown address takes as long as a wrong password.
	const ok = await verifyPassword(member?.passwordHash ?? null, input.password);
	if (!member || !ok) {
		await recordLoginFailure(db, keys);
		throw new Invalid('error_login_failed');
	}
	// Said only to someone who knows the password, so it reveals nothing to a stranger.
	if (!member.verified) throw new Forbidden('error_email_unverified');
	const deviceToken = await recordLoginSuccess(db, keys, member.id, ctx.deviceToken);
	// With two-factor log-in, no session yet: a pending log-in, finished by a code (two-factor/).
	if (await hasSecondFactor(db, member.id)) {
		const pending = await startPendingLogin(db, member.id, ctx.userAgent ?? '');
		return { ...pending, deviceToken, secondFactor: true };
	}
	const session = await startSession(db, null, member.id, ctx.userAgent ?? '');
	return { ...session, deviceToken, secondFactor: false };
}

/** The session of a member whose password was just checked. */
const startSession = command({
	anonymous: true,
	input: (memberId: number, userAgent: string) => ({ memberId, userAgent }),
	load: async () => null,
	allow: () => true,
	run: (tx, _actor, _s, { memberId, userAgent }) => createSession(tx, memberId, userAgent),
	event: (_out, _s, { memberId }) =>
		eventAbout('member', memberId, memberId, { type: 'session.started' })
});

export const logOut = command({
	input: (token: string) => ({ token }),
	load: async () => null,
	allow: (actor: Actor) => !!actor,
	run: (tx, _actor, _s, { token }) => deleteSession(tx, token),
	event: (_out, _s, _i, actor) =>
		eventAbout('member', actor.id, actor.id, { type: 'session.ended' })
});

/** End one of the member's sessions (another device's, or this one); someone else's is not found. */
export const revokeSession = command({
	input: (sessionId: string) => ({ sessionId: String(sessionId).slice(0, 100) }),
	load: async (tx, actor, { sessionId }) => {
		const [row] = await tx
			.select({ id: sessions.id })
			.from(sessions)
			.where(and(eq(sessions.id, sessionId), eq(sessions.memberId, actor.id)))
			.for('update');
		if (!row) throw new NotFound('error_session_not_found');
		return row;
	},
	allow: (actor: Actor) => !!actor,
	run: (tx, _actor, row) => tx.delete(sessions).where(eq(sessions.id, row.id)),
	event: (_out, _s, _i, actor) =>
		eventAbout('member', actor.id, actor.id, { type: 'session.revoked', data: { all: false } })
});

/** End every session of the member but the one making this request. */
export const logOutElsewhere = command({
	input: (currentToken: string) => ({ currentToken }),
	load: async () => null,
	allow: (actor: Actor) => !!actor,
	run: (tx, actor, _s, { currentToken }) =>
		tx
			.delete(sessions)
			.where(and(eq(sessions.memberId, actor.id), ne(sessions.id, hashToken(currentToken)))),
	event: (_out, _s, _i, actor) =>
		eventAbout('member', actor.id, actor.id, { type: 'session.revoked', data: { all: true } })
});
