import { q as members } from "./i18n.js";
import { sql } from "drizzle-orm";
// src/lib/server/members/privacy.ts
/**
* Privacy settings, enforced in SQL in every query that lists, counts or maps members (and so in
* every page and API answer built on them). Members choose: appear in the directory (and in
* chapter member lists), be counted on the public map, show their full name to visitors.
*/
/** A real, current account: confirmed address, not erased. */
var isCurrentMember = sql`${members.deletedAt} is null and ${members.emailVerifiedAt} is not null`;
/** Listed in the directory and in chapter member lists. Matches members_directory_idx. */
var isListed = sql`${members.inDirectory} and ${members.deletedAt} is null and ${members.emailVerifiedAt} is not null`;
/** Counted by country on the public map. */
var isOnMap = sql`${members.onMap} and ${members.deletedAt} is null and ${members.emailVerifiedAt} is not null`;
sql`${members.lapsedAt} is null and ${members.deletedAt} is null and ${members.emailVerifiedAt} is not null`;
/**
* The name a viewer may see: the full name for members signed in, the member themselves, or when
* the member shows it publicly; otherwise the first word and an initial ("Nadia H.").
*/
function visibleName(row, viewer) {
	if (row.showFullName || viewer) return row.displayName;
	const words = row.displayName.trim().split(/\s+/);
	if (words.length < 2) return words[0] ?? "";
	const last = [...words[words.length - 1]][0] ?? "";
	return `${words[0]} ${last}.`;
}
export { visibleName as i, isListed as n, isOnMap as r, isCurrentMember as t };
