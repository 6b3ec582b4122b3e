import { t as chapterBySlug } from "../../../../../../chunks/queries.js";
import { a as runQuery } from "../../../../../../chunks/http.js";
import { json } from "@sveltejs/kit";
// src/routes/api/v1/chapters/[slug]/+server.ts
/** A chapter as JSON: the same query, so the same privacy rules, as its page. */
var GET = async ({ locals, params }) => {
	const actor = locals.member ? {
		id: locals.member.id,
		tier: locals.member.tier
	} : null;
	const page = await runQuery(() => chapterBySlug(locals.db, actor, params.slug));
	return json({
		chapter: page.chapter,
		parent: page.parent,
		children: page.children,
		stats: page.stats,
		members: page.members,
		facilitators: page.facilitators
	});
};
export { GET };
