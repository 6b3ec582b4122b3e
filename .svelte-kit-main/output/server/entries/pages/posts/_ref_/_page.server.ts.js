import { i as notFound, n as commentActions, o as readerOf, r as loadDiscussion } from "../../../../chunks/actions.js";
import { a as runQuery } from "../../../../chunks/http.js";
import { s as postById } from "../../../../chunks/queries6.js";
import { t as idFromRef } from "../../../../chunks/reader.js";
import { redirect } from "@sveltejs/kit";
// src/routes/posts/[ref]/+page.server.ts
var load = async (event) => {
	const id = idFromRef(event.params.ref) ?? notFound("post_error_not_found");
	const reader = await readerOf(event);
	const post = await runQuery(() => postById(event.locals.db, reader, id));
	if (event.params.ref !== post.url.slice(7)) redirect(301, `${post.url}${event.url.search}`);
	return {
		post,
		discussion: post.status === "published" ? await runQuery(() => loadDiscussion(event, reader, "post", id)) : null,
		timeZone: event.locals.member?.timeZone
	};
};
var actions = commentActions("post", (event) => idFromRef(event.params.ref) ?? 0);
export { actions, load };
