import { and, count, eq, isNull, isNotNull, sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { members } from '$lib/server/db/schema';
import { NotFound } from '$lib/server/errors';
import { can, type Actor } from './policy';
import { avatarFor, isListed, isOnMap, publicName } from './privacy';

/**
 * A member's profile by handle (case-insensitive): for visitors only when the member is listed,
 * for members always; private details only for themselves.
 */
export async function profileByHandle(db: Queryable, actor: Actor | null, handle: string) {
	if (handle.length > 30) throw new NotFound('error_member_not_found');
	const [row] = await db
		.select({
			id: members.id,
			handle: members.handle,
			displayName: publicName(actor),
			country: members.country,
			city: members.city,
			languages: members.languages,
			bio: members.bio,
			tier: members.tier,
			createdAt: members.createdAt,
			deletedAt: members.deletedAt,
			inDirectory: members.inDirectory,
			confirmed: sql<boolean>`${members.emailVerifiedAt} is not null`,
			email: members.email,
			avatar: avatarFor(actor)
		})
		.from(members)
		.where(sql`lower(${members.handle}) = lower(${handle})`);
	if (!row || !can(actor, 'view-profile', row)) throw new NotFound('error_member_not_found');
	const {
		email,
		deletedAt: _deleted,
		inDirectory: _listed,
		confirmed: _confirmed,
		...profile
	} = row;
	const own = can(actor, 'view-private-details', row);
	return { ...profile, email: own ? email : null, own };
}

/** The member's own editable profile and preferences. */
export async function ownSettings(db: Queryable, actor: Actor) {
	const [row] = await db
		.select({
			handle: members.handle,
			// Their own name: publicName gives a member their own in full.
			displayName: publicName(actor),
			email: members.email,
			country: members.country,
			city: members.city,
			languages: members.languages,
			bio: members.bio,
			locale: members.locale,
			timeZone: members.timeZone
		})
		.from(members)
		.where(and(eq(members.id, actor.id), isNull(members.deletedAt)));
	if (!row) throw new NotFound('error_member_not_found');
	return row;
}

/**
 * Headline figures for the landing page: every member, in as many countries as the map shows (a
 * country counted from everyone would reveal one where only members off the map live).
 */
export async function organisationFigures(db: Queryable) {
	const [row] = await db
		.select({
			members: count(),
			countries: sql<number>`(count(distinct ${members.country}) filter (where ${isOnMap}))::int`
		})
		.from(members)
		.where(and(isNull(members.deletedAt), isNotNull(members.emailVerifiedAt)));
	return { members: row.members, countries: Number(row.countries) };
}

/** The member's privacy choices, demographics and lapse state. */
export async function ownPrivacy(db: Queryable, actor: Actor) {
	const [row] = await db
		.select({
			inDirectory: members.inDirectory,
			onMap: members.onMap,
			showFullName: members.showFullName,
			gender: members.gender,
			ageBand: members.ageBand,
			lapsedAt: members.lapsedAt,
			city: members.city,
			country: members.country
		})
		.from(members)
		.where(and(eq(members.id, actor.id), isNull(members.deletedAt)));
	if (!row) throw new NotFound('error_member_not_found');
	return row;
}

/** Listed members near the actor: same city first, then same country; never the actor. */
export async function membersNear(db: Queryable, actor: Actor, limit = 8) {
	const me = await ownPrivacy(db, actor);
	const rows = await db
		.select({
			id: members.id,
			handle: members.handle,
			name: publicName(actor),
			city: members.city
		})
		.from(members)
		.where(and(isListed, eq(members.country, me.country), sql`${members.id} <> ${actor.id}`))
		.orderBy(
			sql`(lower(coalesce(${members.city}, '')) = lower(${me.city ?? ''})) desc`,
			sql`${members.id} desc`
		)
		.limit(limit);
	return rows.map((r) => ({ handle: r.handle, name: r.name, city: r.city }));
}
