import { i as notFound, o as readerOf } from "../../../../../chunks/actions.js";
import { a as runQuery } from "../../../../../chunks/http.js";
import { c as postHistory } from "../../../../../chunks/queries6.js";
import { t as idFromRef } from "../../../../../chunks/reader.js";
// src/routes/posts/[ref]/history/+page.server.ts
var load = async (event) => {
	const id = idFromRef(event.params.ref) ?? notFound("post_error_not_found");
	const reader = await readerOf(event);
	return {
		history: await runQuery(() => postHistory(event.locals.db, reader, id)),
		timeZone: event.locals.member?.timeZone
	};
};
export { load };
