import { t as searchDirectory } from "../../../../../chunks/directory.js";
import { a as runQuery } from "../../../../../chunks/http.js";
import { json } from "@sveltejs/kit";
// src/routes/api/v1/members/+server.ts
/** The member directory as JSON: the same query, so the same privacy rules, as /members. */
var GET = async ({ locals, url }) => {
	const actor = locals.member ? {
		id: locals.member.id,
		tier: locals.member.tier
	} : null;
	const result = await runQuery(() => searchDirectory(locals.db, actor, Object.fromEntries(url.searchParams)));
	return json({
		members: result.entries,
		next: result.next
	});
};
export { GET };
