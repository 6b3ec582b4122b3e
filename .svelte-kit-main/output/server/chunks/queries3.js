import { K as sessions, q as members } from "./i18n.js";
import { s as NotFound } from "./errors.js";
import { t as avatarUrl } from "./queries2.js";
import { t as can } from "./policy.js";
import { i as visibleName, n as isListed } from "./privacy.js";
import { and, count, countDistinct, eq, isNotNull, isNull, sql } from "drizzle-orm";
// src/lib/server/members/queries.ts
/** A member's public profile by handle (case-insensitive); private details only for themselves. */
async function profileByHandle(db, actor, handle) {
	if (handle.length > 30) throw new NotFound("error_member_not_found");
	const [row] = await db.select({
		id: members.id,
		handle: members.handle,
		displayName: members.displayName,
		country: members.country,
		city: members.city,
		languages: members.languages,
		bio: members.bio,
		tier: members.tier,
		createdAt: members.createdAt,
		deletedAt: members.deletedAt,
		email: members.email,
		showFullName: members.showFullName,
		avatar: avatarUrl
	}).from(members).where(sql`lower(${members.handle}) = lower(${handle})`);
	if (!row || !can(actor, "view-profile", row)) throw new NotFound("error_member_not_found");
	const { email, deletedAt: _deleted, showFullName: _show, ...profile } = row;
	const own = can(actor, "view-private-details", row);
	return {
		...profile,
		displayName: visibleName(row, actor),
		email: own ? email : null,
		own
	};
}
/** The member's own editable profile and preferences. */
async function ownSettings(db, actor) {
	const [row] = await db.select({
		handle: members.handle,
		displayName: members.displayName,
		email: members.email,
		country: members.country,
		city: members.city,
		languages: members.languages,
		bio: members.bio,
		locale: members.locale,
		timeZone: members.timeZone
	}).from(members).where(and(eq(members.id, actor.id), isNull(members.deletedAt)));
	if (!row) throw new NotFound("error_member_not_found");
	return row;
}
async function ownSessions(db, actor) {
	return db.select({
		id: sessions.id,
		createdAt: sessions.createdAt,
		expiresAt: sessions.expiresAt,
		userAgent: sessions.userAgent
	}).from(sessions).where(eq(sessions.memberId, actor.id)).orderBy(sessions.createdAt);
}
/** Headline figures for the landing page. */
async function organisationFigures(db) {
	const [row] = await db.select({
		members: count(),
		countries: countDistinct(members.country)
	}).from(members).where(and(isNull(members.deletedAt), isNotNull(members.emailVerifiedAt)));
	return row;
}
/** The member's privacy choices, demographics and lapse state. */
async function ownPrivacy(db, actor) {
	const [row] = await db.select({
		inDirectory: members.inDirectory,
		onMap: members.onMap,
		showFullName: members.showFullName,
		gender: members.gender,
		ageBand: members.ageBand,
		lapsedAt: members.lapsedAt,
		city: members.city,
		country: members.country
	}).from(members).where(and(eq(members.id, actor.id), isNull(members.deletedAt)));
	if (!row) throw new NotFound("error_member_not_found");
	return row;
}
/** Listed members near the actor: same city first, then same country; never the actor. */
async function membersNear(db, actor, limit = 8) {
	const me = await ownPrivacy(db, actor);
	return (await db.select({
		id: members.id,
		handle: members.handle,
		displayName: members.displayName,
		showFullName: members.showFullName,
		city: members.city
	}).from(members).where(and(isListed, eq(members.country, me.country), sql`${members.id} <> ${actor.id}`)).orderBy(sql`(lower(coalesce(${members.city}, '')) = lower(${me.city ?? ""})) desc`, sql`${members.id} desc`).limit(limit)).map((r) => ({
		handle: r.handle,
		name: visibleName(r, actor),
		city: r.city
	}));
}
export { ownSettings as a, ownSessions as i, organisationFigures as n, profileByHandle as o, ownPrivacy as r, membersNear as t };
