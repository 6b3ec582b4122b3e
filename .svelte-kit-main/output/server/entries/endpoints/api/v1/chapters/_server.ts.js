import { i as chapterTree } from "../../../../../chunks/queries.js";
import { a as runQuery } from "../../../../../chunks/http.js";
import { json } from "@sveltejs/kit";
// src/routes/api/v1/chapters/+server.ts
/** The federation of chapters as JSON: countries and regions with their local chapters and counts. */
var GET = async ({ locals }) => {
	const tree = await runQuery(() => chapterTree(locals.db));
	return json({
		chapters: tree.chapters,
		activeThreshold: tree.activeThreshold
	});
};
export { GET };
