import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Actor } from '$lib/domain/members/actor';
import { shortName } from '$lib/domain/members/names';
import { images, members } from '$lib/server/db/schema';

/**
 * Privacy settings, enforced in SQL in every query that lists, counts or maps members (and so in
 * every page and API answer built on them). Members choose: appear in the directory (and in
 * chapter member lists), be counted on the public map, show their full name to visitors. Each
 * choice starts private; docs/security.md ("Members' privacy") states the rules.
 */

/** A real, current account: confirmed address, not erased. */
export const isCurrentMember = sql`${members.deletedAt} is null and ${members.emailVerifiedAt} is not null`;

/** Listed in the directory and in chapter member lists. Matches members_directory_idx. */
export const isListed = sql`${members.inDirectory} and ${members.deletedAt} is null and ${members.emailVerifiedAt} is not null`;

/** Counted by country on the public map. */
export const isOnMap = sql`${members.onMap} and ${members.deletedAt} is null and ${members.emailVerifiedAt} is not null`;

/**
 * Counted in a public count of members by place (a chapter, its tree, its growth): only members
 * whose place is public anyway, because they are on the map or listed. A member who chose neither
 * is in no count by place, so no difference between two counts can point at them.
 */
export const isCountedByPlace = sql`(${members.onMap} or ${members.inDirectory}) and ${members.deletedAt} is null and ${members.emailVerifiedAt} is not null`;

/** Active: current and not lapsed (counts for quorum bases, eligibility and chapter activity). */
export const isActiveMember = sql`${members.lapsedAt} is null and ${members.deletedAt} is null and ${members.emailVerifiedAt} is not null`;

/** The members table, or an alias of it (`alias(members, 'm')`): the columns names are made of. */
type MembersColumns = Record<
	| 'id'
	| 'displayName'
	| 'shortName'
	| 'showFullName'
	| 'inDirectory'
	| 'deletedAt'
	| 'emailVerifiedAt',
	AnyColumn
>;

/** Who looks at a name: a signed-in account, or a visitor (null). */
export type NameViewer = Pick<Actor, 'id' | 'confirmed'> | null;

/**
 * Full names are for members: a signed-in account whose address is confirmed. An account made a
 * minute ago with an address nobody confirmed is a visitor with a password.
 */
export function seesFullNames(viewer: NameViewer): boolean {
	return !!viewer?.confirmed;
}

/**
 * The name a viewer may see, as an SQL expression: the full name for members (and for the member
 * themselves), otherwise the full name only where the member shows it, else the first word and
 * the initial of the last ("Nadia H.", the `short_name` column). Every query that hands a member's name to a page, a feed
 * or the API selects it through this, so the raw column never reaches a visitor; the guard in
 * names.test.ts fails on any other selection of `members.displayName`. `m` is the members table
 * or an alias of it.
 */
export function publicName(viewer: NameViewer, m: MembersColumns = members): SQL<string> {
	if (seesFullNames(viewer)) return sql<string>`${m.displayName}`;
	return sql<string>`(case when ${m.showFullName} or ${m.id} = ${viewer?.id ?? 0}
		then ${m.displayName} else ${m.shortName} end)`;
}

/**
 * May the viewer open the member's profile page? The rule of `can(viewer, 'view-profile', …)`
 * (members/policy.ts) as an SQL expression, so a byline links to a profile only where the link
 * leads somewhere: not for a visitor looking at a member who is not listed.
 */
export function profileOpen(viewer: NameViewer, m: MembersColumns = members): SQL<boolean> {
	const seen = seesFullNames(viewer) ? sql`true` : m.inDirectory;
	return sql<boolean>`(${m.deletedAt} is null and (${m.id} = ${viewer?.id ?? 0}
		or (${m.emailVerifiedAt} is not null and ${seen})))`;
}

/**
 * The newest profile photo's address under /media, where the viewer may open the member's profile
 * (a face says more than a short name), else null. The subquery's names are qualified by hand: in
 * a single-table select Drizzle writes bare column names, and a bare "id" inside it would be the
 * image's own id, not the member's.
 */
export function avatarFor(viewer: NameViewer): SQL<string | null> {
	return sql<string | null>`(case when ${profileOpen(viewer)} then (select '/media/' || avatar.key
		from ${images} avatar where avatar.owner_id = ${members}.id and avatar.purpose = 'avatar'
		order by avatar.id desc limit 1) end)`;
}

/**
 * The same rule in TypeScript: the tests hold the SQL to it. Queries select `publicName(viewer)`.
 */
export function visibleName(
	row: { id: number; displayName: string; showFullName: boolean },
	viewer: NameViewer
): string {
	if (row.showFullName || seesFullNames(viewer) || row.id === viewer?.id) return row.displayName;
	return shortName(row.displayName);
}
