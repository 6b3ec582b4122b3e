import { J as membersSearchVector, q as members } from "./i18n.js";
import { s as NotFound } from "./errors.js";
import { n as parseInput } from "./validation.js";
import { i as directoryInput } from "./members.js";
import { n as chapterIdByRef } from "./queries.js";
import { i as visibleName, n as isListed } from "./privacy.js";
import { and, desc, lt, sql } from "drizzle-orm";
// src/lib/server/members/directory.ts
/**
* Words of a search turned into a safe prefix query for `to_tsquery`: only letters and digits of
* any script survive, so no input can inject tsquery syntax (or SQL: it is a bound parameter).
*/
function searchTerms(q) {
	if (!q) return null;
	const words = q.normalize("NFKC").toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(0, 6).map((w) => `${w.slice(0, 40)}:*`);
	return words.length ? words.join(" & ") : null;
}
/**
* The member directory: listed members only (privacy), newest first, paged by keyset (`after` is
* the last id seen). Filters by words of name, handle and bio (interests), language, country and
* chapter (its local chapters included). Every filter is served by an index.
*/
async function searchDirectory(db, viewer, raw) {
	const input = parseInput(directoryInput, raw);
	const where = [isListed];
	const terms = searchTerms(input.q);
	if (input.q && !terms) return {
		entries: [],
		next: null,
		input
	};
	if (terms) {
		where.push(sql`${members.id} in (select id from members where ${membersSearchVector} @@ to_tsquery('simple', ${terms}) offset 0)`);
		if (!viewer) where.push(sql`${members.showFullName}`);
	}
	if (input.country) where.push(sql`${members.country} = ${input.country}`);
	if (input.language) where.push(sql`${members.languages} @> array[${input.language}]::text[]`);
	if (input.chapter) {
		const chapterId = await chapterIdByRef(db, input.chapter);
		if (!chapterId) throw new NotFound("error_chapter_not_found");
		where.push(sql`exists (select 1 from chapter_memberships cm join chapters k on k.id = cm.chapter_id where cm.member_id = ${members}.id and (k.id = ${chapterId} or k.parent_id = ${chapterId}))`);
	}
	if (input.after) where.push(lt(members.id, input.after));
	const rows = await db.select({
		id: members.id,
		handle: members.handle,
		displayName: members.displayName,
		showFullName: members.showFullName,
		country: members.country,
		city: members.city,
		languages: members.languages
	}).from(members).where(and(...where)).orderBy(desc(members.id)).limit(input.limit + 1);
	const page = rows.slice(0, input.limit);
	return {
		entries: page.map((r) => ({
			handle: r.handle,
			name: visibleName(r, viewer),
			country: r.country,
			city: r.city,
			languages: r.languages
		})),
		next: rows.length > input.limit ? page[page.length - 1].id : null,
		input
	};
}
export { searchDirectory as t };
