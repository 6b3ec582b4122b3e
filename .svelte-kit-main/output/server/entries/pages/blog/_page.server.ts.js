import { o as readerOf } from "../../../chunks/actions.js";
import { a as runQuery } from "../../../chunks/http.js";
import { a as ownDrafts, i as memberByHandle, l as postList, o as parseCursor } from "../../../chunks/queries6.js";
// src/routes/blog/+page.server.ts
var load = async (event) => {
	const params = event.url.searchParams;
	const kind = [
		"blog",
		"chapter",
		"organisation"
	].includes(params.get("kind") ?? "") ? params.get("kind") : void 0;
	const tag = params.get("tag")?.slice(0, 40) || void 0;
	const handle = params.get("author")?.slice(0, 30) || void 0;
	const reader = await readerOf(event);
	const db = event.locals.db;
	const author = handle ? await runQuery(() => memberByHandle(db, handle)) : null;
	return {
		list: await runQuery(() => postList(db, reader, {
			kind,
			tag,
			authorHandle: author?.handle
		}, parseCursor(params.get("before")))),
		filter: {
			kind,
			tag,
			author
		},
		drafts: reader ? await ownDrafts(db, reader) : [],
		first: !params.get("before")
	};
};
export { load };
