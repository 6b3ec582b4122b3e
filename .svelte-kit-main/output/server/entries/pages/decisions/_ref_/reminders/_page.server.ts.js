import { a as numberParam, i as notFound } from "../../../../../chunks/actions.js";
import { a as runQuery, i as requireActor } from "../../../../../chunks/http.js";
import { o as notYetVoted } from "../../../../../chunks/queries4.js";
import { t as idFromRef } from "../../../../../chunks/reader.js";
// src/routes/decisions/[ref]/reminders/+page.server.ts
var load = async (event) => {
	const actor = requireActor(event);
	const id = idFromRef(event.params.ref) ?? notFound("decision_error_not_found");
	const after = numberParam(event.url.searchParams.get("after"));
	return runQuery(() => notYetVoted(event.locals.db, actor, id, after));
};
export { load };
