import { a as numberParam, o as readerOf } from "../../../../../chunks/actions.js";
import { r as commentHistory } from "../../../../../chunks/queries2.js";
import { a as runQuery } from "../../../../../chunks/http.js";
// src/routes/comments/[id]/history/+page.server.ts
var load = async (event) => {
	const reader = await readerOf(event);
	const h = await runQuery(() => commentHistory(event.locals.db, reader, numberParam(event.params.id)));
	return {
		id: h.comment.id,
		url: h.comment.subject.url,
		author: h.comment.displayName,
		versions: h.versions,
		timeZone: event.locals.member?.timeZone
	};
};
export { load };
