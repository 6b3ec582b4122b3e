import { z as chapterMemberships } from "./i18n.js";
import { eq } from "drizzle-orm";
// src/lib/server/writing/reader.ts
/** The actor with the chapters they belong to (what chapter-only visibility needs). */
async function readerFor(db, actor) {
	if (!actor) return null;
	const rows = await db.select({ chapterId: chapterMemberships.chapterId }).from(chapterMemberships).where(eq(chapterMemberships.memberId, actor.id));
	return {
		...actor,
		chapterIds: rows.map((r) => r.chapterId)
	};
}
/** A readable URL part from a title; any script's letters are kept. */
function slugify(title) {
	return title.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "").slice(0, 60).replace(/-+$/, "") || "post";
}
/** `/posts/12-some-title` → 12. */
function idFromRef(ref) {
	const match = /^(\d{1,15})(?:-|$)/.exec(ref);
	return match ? Number(match[1]) : null;
}
export { readerFor as n, slugify as r, idFromRef as t };
