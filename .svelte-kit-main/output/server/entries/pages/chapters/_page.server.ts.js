import { i as chapterTree } from "../../../chunks/queries.js";
import { t as chapterName } from "../../../chunks/names.js";
import { a as runQuery } from "../../../chunks/http.js";
import { r as organisationName } from "../../../chunks/cached.js";
// src/routes/chapters/+page.server.ts
var load = async ({ locals }) => {
	const tree = await runQuery(() => chapterTree(locals.db));
	const orgName = await organisationName(locals.db, locals.locale);
	const named = (c) => ({
		...c,
		displayName: chapterName(c, locals.locale, orgName)
	});
	const collator = new Intl.Collator(locals.locale);
	return {
		chapters: tree.chapters.map((c) => ({
			...named(c),
			children: c.children.map(named)
		})).sort((a, b) => b.members - a.members || collator.compare(a.displayName, b.displayName)),
		rootSlug: tree.root?.slug ?? null,
		activeThreshold: tree.activeThreshold
	};
};
export { load };
