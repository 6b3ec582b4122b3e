import { G as emailTokens, K as sessions, W as authThrottle, c as mail_email_change_body, d as mail_reset_subject, f as mail_verify_body, l as mail_email_change_subject, p as mail_verify_subject, q as members, t as isLocale, u as mail_reset_body } from "./i18n.js";
import { a as Gone, c as TooManyRequests, i as Forbidden, o as Invalid, t as Conflict } from "./errors.js";
import { t as appendEvent } from "./append.js";
import { t as enqueueMail } from "./outbox.js";
import { n as parseInput, t as isUniqueViolation } from "./validation.js";
import { a as emailOnlyInput, d as isTimeZone, i as deleteAccountInput, l as resetPasswordInput, n as changeEmailInput, o as logInInput, r as changePasswordInput, t as checkProfileFacts, u as signUpInput } from "./profile-rules.js";
import { a as deleteSession, c as hashPassword, d as newToken, i as deleteMemberSessions, l as verifyPassword, p as placeNewMember, r as createSession, u as hashToken } from "./sessions.js";
import { and, eq, inArray, isNull, ne, sql } from "drizzle-orm";
// src/lib/server/mail/templates.ts
function verificationMail(to, locale, name, link) {
	return {
		to,
		subject: mail_verify_subject({}, { locale }),
		text: mail_verify_body({
			name,
			link
		}, { locale })
	};
}
function passwordResetMail(to, locale, name, link) {
	return {
		to,
		subject: mail_reset_subject({}, { locale }),
		text: mail_reset_body({
			name,
			link
		}, { locale })
	};
}
function emailChangeMail(to, locale, name, link) {
	return {
		to,
		subject: mail_email_change_subject({}, { locale }),
		text: mail_email_change_body({
			name,
			link
		}, { locale })
	};
}
// src/lib/server/accounts/email-links.ts
var LIFETIME_HOURS = {
	"verify-email": 48,
	"reset-password": 1,
	"change-email": 24
};
/** Issue a single-use link token; earlier unused links of the same purpose stop working. */
async function issueLink(tx, memberId, purpose, email) {
	await tx.update(emailTokens).set({ usedAt: sql`now()` }).where(and(eq(emailTokens.memberId, memberId), eq(emailTokens.purpose, purpose), sql`${emailTokens.usedAt} is null`));
	const { token, id } = newToken();
	const expiresAt = new Date(Date.now() + LIFETIME_HOURS[purpose] * 36e5);
	await tx.insert(emailTokens).values({
		id,
		memberId,
		purpose,
		email,
		expiresAt
	});
	return token;
}
/**
* Use up a link token inside the caller's transaction. The row is locked, so two clicks racing
* on the same link cannot both succeed. Unknown → 400; used or expired → 410.
*/
async function consumeLink(tx, token, purpose) {
	const [row] = await tx.select().from(emailTokens).where(and(eq(emailTokens.id, hashToken(token)), eq(emailTokens.purpose, purpose))).for("update");
	if (!row) throw new Invalid("error_link_invalid");
	if (row.usedAt) throw new Gone("error_link_used");
	if (row.expiresAt.getTime() < Date.now()) throw new Gone("error_link_expired");
	await tx.update(emailTokens).set({ usedAt: sql`now()` }).where(eq(emailTokens.id, row.id));
	return row;
}
/** Check a link without using it (to show the form that will use it). */
async function peekLink(db, token, purpose) {
	const [row] = await db.select({
		usedAt: emailTokens.usedAt,
		expiresAt: emailTokens.expiresAt
	}).from(emailTokens).where(and(eq(emailTokens.id, hashToken(token)), eq(emailTokens.purpose, purpose)));
	if (!row) throw new Invalid("error_link_invalid");
	if (row.usedAt) throw new Gone("error_link_used");
	if (row.expiresAt.getTime() < Date.now()) throw new Gone("error_link_expired");
}
// src/lib/server/accounts/throttle.ts
var RULES = {
	/** Wrong passwords for one account, from anywhere. */
	loginAccount: {
		limit: 5,
		windowMinutes: 15,
		lockMinutes: 15
	},
	/** Wrong passwords from one address, for any accounts. */
	loginAddress: {
		limit: 20,
		windowMinutes: 15,
		lockMinutes: 15
	},
	/** Sign-ups, reset and verification mails asked for from one address. */
	mailAddress: {
		limit: 10,
		windowMinutes: 60,
		lockMinutes: 60
	}
};
/** Refuse with 429 while any of the keys is locked. */
async function assertNotThrottled(db, keys) {
	if ((await db.select({ key: authThrottle.key }).from(authThrottle).where(sql`${inArray(authThrottle.key, keys)} and ${authThrottle.lockedUntil} > now()`)).length > 0) throw new TooManyRequests("error_too_many_attempts");
}
/** Count one attempt against a key; the key locks when the window's limit is reached. */
async function recordAttempt(db, key, rule) {
	const window = sql.raw(`interval '${rule.windowMinutes} minutes'`);
	const lock = sql.raw(`interval '${rule.lockMinutes} minutes'`);
	await db.execute(sql`
		insert into auth_throttle as t (key, failures, window_started_at, locked_until)
		values (${key}, 1, now(), ${rule.limit <= 1 ? sql`now() + ${lock}` : sql`null`})
		on conflict (key) do update set
			failures = case when t.window_started_at < now() - ${window} then 1 else t.failures + 1 end,
			window_started_at = case when t.window_started_at < now() - ${window} then now() else t.window_started_at end,
			locked_until = case
				when (case when t.window_started_at < now() - ${window} then 1 else t.failures + 1 end) >= ${rule.limit}
				then now() + ${lock} else t.locked_until end`);
}
async function clearAttempts(db, key) {
	await db.delete(authThrottle).where(inArray(authThrottle.key, [key]));
}
// src/lib/server/accounts/commands.ts
var byEmail = (email) => and(sql`lower(${members.email}) = lower(${email})`, isNull(members.deletedAt));
async function signUp(db, raw, ctx) {
	const input = parseInput(signUpInput, raw);
	checkProfileFacts(input);
	const locale = isLocale(input.locale) ? input.locale : ctx.locale;
	const timeZone = isTimeZone(input.timeZone) ? input.timeZone : "UTC";
	await assertNotThrottled(db, [`mail:${ctx.address}`]);
	await recordAttempt(db, `mail:${ctx.address}`, RULES.mailAddress);
	const taken = await db.select({
		email: members.email,
		handle: members.handle
	}).from(members).where(sql`lower(${members.email}) = lower(${input.email}) or lower(${members.handle}) = lower(${input.handle})`);
	const fields = {};
	for (const row of taken) {
		if (row.email.toLowerCase() === input.email.toLowerCase()) fields.email = "error_email_taken";
		if (row.handle.toLowerCase() === input.handle.toLowerCase()) fields.handle = "error_handle_taken";
	}
	if (Object.keys(fields).length) throw new Conflict("error_form", fields);
	const passwordHash = await hashPassword(input.password);
	try {
		return await db.transaction(async (tx) => {
			const [member] = await tx.insert(members).values({
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
			}).returning({ id: members.id });
			const token = await issueLink(tx, member.id, "verify-email", input.email);
			const link = `${ctx.origin}/verify?token=${encodeURIComponent(token)}`;
			await enqueueMail(tx, verificationMail(input.email, locale, input.displayName, link));
			await appendEvent(tx, {
				type: "member.joined",
				actorId: member.id,
				subjectType: "member",
				subjectId: member.id,
				data: { country: input.country }
			});
			const placed = await placeNewMember(tx, {
				id: member.id,
				country: input.country,
				city: input.city || null
			});
			return {
				memberId: member.id,
				chapterId: placed.chapterId
			};
		});
	} catch (err) {
		if (isUniqueViolation(err, "members_email_key")) throw new Conflict("error_form", { email: "error_email_taken" });
		if (isUniqueViolation(err, "members_handle_key")) throw new Conflict("error_form", { handle: "error_handle_taken" });
		throw err;
	}
}
async function verifyEmail(db, token) {
	if (!token || token.length > 100) throw new Invalid("error_link_invalid");
	return db.transaction(async (tx) => {
		const link = await consumeLink(tx, token, "verify-email");
		await tx.update(members).set({ emailVerifiedAt: sql`coalesce(${members.emailVerifiedAt}, now())` }).where(eq(members.id, link.memberId));
		await appendEvent(tx, {
			type: "member.verified",
			actorId: link.memberId,
			subjectType: "member",
			subjectId: link.memberId
		});
		return { memberId: link.memberId };
	});
}
async function logIn(db, raw, ctx) {
	const input = parseInput(logInInput, raw);
	const accountKey = `login:${input.email.toLowerCase()}`;
	const addressKey = `login-address:${ctx.address}`;
	await assertNotThrottled(db, [accountKey, addressKey]);
	const [member] = await db.select({
		id: members.id,
		passwordHash: members.passwordHash,
		verified: members.emailVerifiedAt
	}).from(members).where(byEmail(input.email));
	const ok = await verifyPassword(member?.passwordHash ?? null, input.password);
	if (!member || !ok) {
		await recordAttempt(db, accountKey, RULES.loginAccount);
		await recordAttempt(db, addressKey, RULES.loginAddress);
		throw new Invalid("error_login_failed");
	}
	if (!member.verified) throw new Forbidden("error_email_unverified");
	await clearAttempts(db, accountKey);
	return db.transaction(async (tx) => {
		const session = await createSession(tx, member.id, ctx.userAgent ?? "");
		await appendEvent(tx, {
			type: "session.started",
			actorId: member.id,
			subjectType: "member",
			subjectId: member.id
		});
		return session;
	});
}
async function logOut(db, actor, token) {
	await db.transaction(async (tx) => {
		await deleteSession(tx, token);
		await appendEvent(tx, {
			type: "session.ended",
			actorId: actor.id,
			subjectType: "member",
			subjectId: actor.id
		});
	});
}
/** End every session of the member, this one included. */
async function logOutEverywhere(db, actor) {
	await db.transaction(async (tx) => {
		await deleteMemberSessions(tx, actor.id);
		await appendEvent(tx, {
			type: "session.revoked",
			actorId: actor.id,
			subjectType: "member",
			subjectId: actor.id,
			data: { all: true }
		});
	});
}
/** Send a reset link if the address has an account. The answer is the same either way. */
function requestPasswordReset(db, raw, ctx) {
	return mailLinkIfAccount(db, raw, ctx, {
		purpose: "reset-password",
		onlyUnverified: false,
		url: (token) => `${ctx.origin}/reset/${encodeURIComponent(token)}`,
		mail: passwordResetMail,
		event: "password-reset.requested"
	});
}
/** Send a new verification link to an unverified account. The answer is the same either way. */
function resendVerification(db, raw, ctx) {
	return mailLinkIfAccount(db, raw, ctx, {
		purpose: "verify-email",
		onlyUnverified: true,
		url: (token) => `${ctx.origin}/verify?token=${encodeURIComponent(token)}`,
		mail: verificationMail,
		event: "verification.requested"
	});
}
/**
* Mail a single-use link to the account behind an address, if there is one. Whether there is
* one is never told: the caller answers the same either way, and the form is throttled.
*/
async function mailLinkIfAccount(db, raw, ctx, how) {
	const input = parseInput(emailOnlyInput, raw);
	await assertNotThrottled(db, [`mail:${ctx.address}`]);
	await recordAttempt(db, `mail:${ctx.address}`, RULES.mailAddress);
	const [member] = await db.select({
		id: members.id,
		email: members.email,
		name: members.displayName,
		locale: members.locale
	}).from(members).where(how.onlyUnverified ? and(byEmail(input.email), isNull(members.emailVerifiedAt)) : byEmail(input.email));
	if (!member) return;
	await db.transaction(async (tx) => {
		const token = await issueLink(tx, member.id, how.purpose, member.email);
		await enqueueMail(tx, how.mail(member.email, asLocale(member.locale), member.name, how.url(token)));
		await appendEvent(tx, {
			type: how.event,
			actorId: null,
			subjectType: "member",
			subjectId: member.id
		});
	});
}
async function resetPassword(db, raw) {
	const input = parseInput(resetPasswordInput, raw);
	const passwordHash = await hashPassword(input.password);
	await db.transaction(async (tx) => {
		const link = await consumeLink(tx, input.token, "reset-password");
		await tx.update(members).set({
			passwordHash,
			emailVerifiedAt: sql`coalesce(${members.emailVerifiedAt}, now())`
		}).where(eq(members.id, link.memberId));
		await deleteMemberSessions(tx, link.memberId);
		await appendEvent(tx, {
			type: "member.password-reset",
			actorId: link.memberId,
			subjectType: "member",
			subjectId: link.memberId
		});
	});
}
async function changePassword(db, actor, raw, currentSessionToken) {
	const input = parseInput(changePasswordInput, raw);
	await assertPassword(db, actor, input.currentPassword, "currentPassword");
	const passwordHash = await hashPassword(input.newPassword);
	await db.transaction(async (tx) => {
		await tx.update(members).set({ passwordHash }).where(eq(members.id, actor.id));
		await tx.delete(sessions).where(and(eq(sessions.memberId, actor.id), ne(sessions.id, hashToken(currentSessionToken))));
		await appendEvent(tx, {
			type: "member.password-changed",
			actorId: actor.id,
			subjectType: "member",
			subjectId: actor.id
		});
	});
}
async function requestEmailChange(db, actor, raw, ctx) {
	const input = parseInput(changeEmailInput, raw);
	const member = await assertPassword(db, actor, input.currentPassword, "currentPassword");
	const [taken] = await db.select({ id: members.id }).from(members).where(sql`lower(${members.email}) = lower(${input.email})`);
	if (taken) throw new Conflict("error_form", { email: "error_email_taken" });
	await db.transaction(async (tx) => {
		const token = await issueLink(tx, actor.id, "change-email", input.email);
		const link = `${ctx.origin}/settings/account/email?token=${encodeURIComponent(token)}`;
		await enqueueMail(tx, emailChangeMail(input.email, asLocale(member.locale), member.displayName, link));
		await appendEvent(tx, {
			type: "email-change.requested",
			actorId: actor.id,
			subjectType: "member",
			subjectId: actor.id
		});
	});
}
async function confirmEmailChange(db, token) {
	if (!token || token.length > 100) throw new Invalid("error_link_invalid");
	try {
		return await db.transaction(async (tx) => {
			const link = await consumeLink(tx, token, "change-email");
			await tx.update(members).set({
				email: link.email,
				emailVerifiedAt: sql`now()`
			}).where(and(eq(members.id, link.memberId), isNull(members.deletedAt)));
			await appendEvent(tx, {
				type: "member.email-changed",
				actorId: link.memberId,
				subjectType: "member",
				subjectId: link.memberId
			});
			return { memberId: link.memberId };
		});
	} catch (err) {
		if (isUniqueViolation(err, "members_email_key")) throw new Conflict("error_email_taken");
		throw err;
	}
}
/**
* Delete an account: personal data is erased and sessions end. The row stays, anonymised,
* so what the member wrote or decided keeps its place in the organisation's history.
*/
async function deleteAccount(db, actor, raw) {
	const input = parseInput(deleteAccountInput, raw);
	const member = await assertPassword(db, actor, input.currentPassword, "currentPassword");
	if (input.confirmHandle.toLowerCase() !== member.handle.toLowerCase()) throw new Invalid("error_form", { confirmHandle: "error_confirm_handle" });
	await db.transaction(async (tx) => {
		await tx.update(members).set({
			email: `deleted-${actor.id}@invalid`,
			handle: `deleted_${actor.id}`,
			displayName: "",
			bio: "",
			city: null,
			languages: [],
			passwordHash: "!",
			deletedAt: sql`now()`
		}).where(eq(members.id, actor.id));
		await tx.delete(sessions).where(eq(sessions.memberId, actor.id));
		await tx.delete(emailTokens).where(eq(emailTokens.memberId, actor.id));
		await appendEvent(tx, {
			type: "member.deleted",
			actorId: actor.id,
			subjectType: "member",
			subjectId: actor.id
		});
	});
}
async function assertPassword(db, actor, password, field) {
	const [member] = await db.select({
		passwordHash: members.passwordHash,
		handle: members.handle,
		displayName: members.displayName,
		locale: members.locale
	}).from(members).where(and(eq(members.id, actor.id), isNull(members.deletedAt)));
	if (!member || !await verifyPassword(member.passwordHash, password)) throw new Invalid("error_form", { [field]: "error_password_wrong" });
	return member;
}
function asLocale(value) {
	return isLocale(value) ? value : "en";
}
export { logOut as a, requestPasswordReset as c, signUp as d, verifyEmail as f, logIn as i, resendVerification as l, confirmEmailChange as n, logOutEverywhere as o, peekLink as p, deleteAccount as r, requestEmailChange as s, changePassword as t, resetPassword as u };
