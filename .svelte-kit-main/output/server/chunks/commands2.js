import { q as members, t as isLocale } from "./i18n.js";
import { i as Forbidden, o as Invalid } from "./errors.js";
import { t as appendEvent } from "./append.js";
import { c as profileInput, d as isTimeZone, s as preferencesInput, t as checkProfileFacts } from "./profile-rules.js";
import { n as parseInput } from "./validation.js";
import { a as privacyInput } from "./members.js";
import { t as can } from "./policy.js";
import { and, eq, isNotNull, isNull, sql } from "drizzle-orm";
// src/lib/server/members/commands.ts
async function updateProfile(db, actor, memberId, raw) {
	if (!can(actor, "edit-profile", { id: memberId })) throw new Forbidden("error_forbidden");
	const input = parseInput(profileInput, raw);
	checkProfileFacts(input);
	await db.transaction(async (tx) => {
		await tx.update(members).set({
			displayName: input.displayName,
			country: input.country,
			city: input.city || null,
			languages: input.languages,
			bio: input.bio
		}).where(and(eq(members.id, memberId), isNull(members.deletedAt)));
		await appendEvent(tx, {
			type: "member.profile-updated",
			actorId: actor.id,
			subjectType: "member",
			subjectId: memberId
		});
	});
}
async function updatePreferences(db, actor, memberId, raw) {
	if (!can(actor, "edit-profile", { id: memberId })) throw new Forbidden("error_forbidden");
	const input = parseInput(preferencesInput, raw);
	const fields = {};
	if (!isLocale(input.locale)) fields.locale = "error_invalid_value";
	if (!isTimeZone(input.timeZone)) fields.timeZone = "error_time_zone_unknown";
	if (Object.keys(fields).length) throw new Invalid("error_form", fields);
	await db.transaction(async (tx) => {
		await tx.update(members).set({
			locale: input.locale,
			timeZone: input.timeZone
		}).where(eq(members.id, memberId));
		await appendEvent(tx, {
			type: "member.preferences-updated",
			actorId: actor.id,
			subjectType: "member",
			subjectId: memberId,
			data: { locale: input.locale }
		});
	});
}
/** The language switcher: only the locale, nothing else. */
async function setLocale(db, actor, locale) {
	if (!isLocale(locale)) throw new Invalid("error_invalid_value");
	await db.transaction(async (tx) => {
		await tx.update(members).set({ locale }).where(eq(members.id, actor.id));
		await appendEvent(tx, {
			type: "member.preferences-updated",
			actorId: actor.id,
			subjectType: "member",
			subjectId: actor.id,
			data: { locale }
		});
	});
}
/** Privacy choices and the optional self-declared demographics. */
async function updatePrivacy(db, actor, memberId, raw) {
	if (!can(actor, "edit-profile", { id: memberId })) throw new Forbidden("error_forbidden");
	const input = parseInput(privacyInput, raw);
	await db.transaction(async (tx) => {
		await tx.update(members).set(input).where(and(eq(members.id, memberId), isNull(members.deletedAt)));
		await appendEvent(tx, {
			type: "member.privacy-updated",
			actorId: actor.id,
			subjectType: "member",
			subjectId: memberId,
			data: {
				inDirectory: input.inDirectory,
				onMap: input.onMap,
				showFullName: input.showFullName
			}
		});
	});
}
/** A lapsed member, logged in again, confirms they are back: active again, counted again. */
async function reactivateMember(db, actor) {
	if (!can(actor, "edit-profile", { id: actor.id })) throw new Forbidden("error_forbidden");
	return db.transaction(async (tx) => {
		const [row] = await tx.update(members).set({
			lapsedAt: null,
			lapseWarnedAt: null,
			lastActiveAt: sql`now()`
		}).where(and(eq(members.id, actor.id), isNotNull(members.lapsedAt), isNull(members.deletedAt))).returning({ id: members.id });
		if (!row) throw new Invalid("error_member_not_lapsed");
		await appendEvent(tx, {
			type: "member.reactivated",
			actorId: actor.id,
			subjectType: "member",
			subjectId: actor.id
		});
	});
}
export { updateProfile as a, updatePrivacy as i, setLocale as n, updatePreferences as r, reactivateMember as t };
