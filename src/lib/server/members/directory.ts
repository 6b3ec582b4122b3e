import { and, desc, lt, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Queryable } from '$lib/server/db/client';
import { members, membersSearchVector } from '$lib/server/db/schema';
import { NotFound } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import { directoryInput } from '$lib/schemas/members';
import { chapterIdByRef } from '$lib/server/chapters/queries';
import type { Actor } from './policy';
import { isListed, publicName, seesFullNames, type NameViewer } from './privacy';

/**
 * Words of a search turned into a safe prefix query for `to_tsquery`: only letters and digits of
 * any script survive, so no input can inject tsquery syntax (or SQL: it is a bound parameter).
 */
export function searchTerms(q: string | undefined): string | null {
	if (!q) return null;
	const words = q
		.normalize('NFKC')
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean)
		.slice(0, 6)
		.map((w) => `${w.slice(0, 40)}:*`);
	return words.length ? words.join(' & ') : null;
}

/**
 * The directory's word search as this viewer may run it: the members whose name, handle or bio
 * hold the words (from the GIN index), and `query` for ranking them. Null when the words hold
 * nothing to search for. The directory and the site search both take it from here, so neither can
 * find someone the other would not.
 */
export function directoryWords(
	viewer: NameViewer,
	q: string | undefined
): { where: SQL; query: SQL } | null {
	const terms = searchTerms(q);
	if (!terms) return null;
	const query = sql`to_tsquery('simple', ${terms})`;
	// The matches come from the GIN index first (`offset 0` keeps the planner from folding the
	// subquery in and testing every listed member's words one by one, which is slow when nothing
	// matches).
	const match = sql`${members.id} in (select id from members where ${membersSearchVector} @@ ${query} offset 0)`;
	return {
		// Visitors must not learn a hidden surname by searching for it.
		where: seesFullNames(viewer) ? match : sql`${match} and ${members.showFullName}`,
		query
	};
}

export type DirectoryEntry = {
	handle: string;
	name: string;
	country: string;
	city: string | null;
	languages: string[];
};

/** The directory's filters, validated (`directoryInput`); its page size does not matter here. */
export type DirectoryFilters = Omit<z.output<typeof directoryInput>, 'limit'>;

/**
 * The member directory: listed members only (privacy), newest first, paged by keyset (`after` is
 * the last id seen). Filters by words of name, handle and bio (interests), language, country and
 * chapter (its local chapters included). Every filter is served by an index.
 */
export async function searchDirectory(db: Queryable, viewer: Actor | null, raw: unknown) {
	const input = parseInput(directoryInput, raw);
	const rows = await listedMembers(db, viewer, input, input.limit + 1);
	const page = rows.slice(0, input.limit);
	return {
		entries: page.map((r): DirectoryEntry => ({
			handle: r.handle,
			name: r.name,
			country: r.country,
			city: r.city,
			languages: r.languages
		})),
		next: rows.length > input.limit ? page[page.length - 1].id : null,
		input
	};
}

/**
 * At most `limit` of the listed members the filters give, newest first, each with the name the
 * viewer may see: the directory's one query, behind its pages and its CSV file (which takes a
 * longer list in one read rather than page after page).
 */
export async function listedMembers(
	db: Queryable,
	viewer: Actor | null,
	input: DirectoryFilters,
	limit: number
): Promise<(DirectoryEntry & { id: number })[]> {
	const where: SQL[] = [isListed];
	const words = directoryWords(viewer, input.q);
	if (input.q && !words) return [];
	if (words) where.push(words.where);
	if (input.country) where.push(sql`${members.country} = ${input.country}`);
	if (input.language) where.push(sql`${members.languages} @> array[${input.language}]::text[]`);
	if (input.chapter) {
		const chapterId = await chapterIdByRef(db, input.chapter);
		if (!chapterId) throw new NotFound('error_chapter_not_found');
		where.push(
			sql`exists (select 1 from chapter_memberships cm join chapters k on k.id = cm.chapter_id where cm.member_id = ${members}.id and (k.id = ${chapterId} or k.parent_id = ${chapterId}))`
		);
	}
	if (input.after) where.push(lt(members.id, input.after));
	return db
		.select({
			id: members.id,
			handle: members.handle,
			name: publicName(viewer),
			country: members.country,
			city: members.city,
			languages: members.languages
		})
		.from(members)
		.where(and(...where))
		.orderBy(desc(members.id))
		.limit(limit);
}
