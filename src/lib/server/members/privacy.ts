import { sql } from 'drizzle-orm';
import { members } from '$lib/server/db/schema';

/**
 * Privacy settings, enforced in SQL in every query that lists, counts or maps members (and so in
 * every page and API answer built on them). Members choose: appear in the directory (and in
 * chapter member lists), be counted on the public map, show their full name to visitors.
 */

/** A real, current account: confirmed address, not erased. */
export const isCurrentMember = sql`${members.deletedAt} is null and ${members.emailVerifiedAt} is not null`;

/** Listed in the directory and in chapter member lists. Matches members_directory_idx. */
export const isListed = sql`${members.inDirectory} and ${members.deletedAt} is null and ${members.emailVerifiedAt} is not null`;

/** Counted by country on the public map. */
export const isOnMap = sql`${members.onMap} and ${members.deletedAt} is null and ${members.emailVerifiedAt} is not null`;

/** Active: current and not lapsed (counts for quorum bases, eligibility and chapter activity). */
export const isActiveMember = sql`${members.lapsedAt} is null and ${members.deletedAt} is null and ${members.emailVerifiedAt} is not null`;

/**
 * The name a viewer may see: the full name for members signed in, the member themselves, or when
 * the member shows it publicly; otherwise the first word and an initial ("Nadia H.").
 */
export function visibleName(
	row: { id: number; displayName: string; showFullName: boolean },
	viewer: { id: number } | null
): string {
	if (row.showFullName || viewer) return row.displayName;
	const words = row.displayName.trim().split(/\s+/);
	if (words.length < 2) return words[0] ?? '';
	const last = [...words[words.length - 1]][0] ?? '';
	return `${words[0]} ${last}.`;
}
