import { a as numberParam, i as notFound, t as actorOf } from "../../../../../../chunks/actions.js";
import { a as runQuery } from "../../../../../../chunks/http.js";
import { r as decisionPage } from "../../../../../../chunks/queries4.js";
import { json } from "@sveltejs/kit";
// src/routes/api/v1/decisions/[id]/+server.ts
/**
* One decision as JSON: what its page shows the caller, authorised the same way (a secret
* ballot's choices are never in it; the caller's own ballot is, for the caller).
*/
var GET = async (event) => {
	const id = numberParam(event.params.id) || notFound("decision_error_not_found");
	const page = await runQuery(() => decisionPage(event.locals.db, actorOf(event), event.locals.locale, id));
	return json(page);
};
export { GET };
