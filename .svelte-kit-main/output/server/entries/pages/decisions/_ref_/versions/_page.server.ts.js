import { a as numberParam, i as notFound, t as actorOf } from "../../../../../chunks/actions.js";
import { a as runQuery } from "../../../../../chunks/http.js";
import { a as decisionVersionsPage } from "../../../../../chunks/queries4.js";
import { t as idFromRef } from "../../../../../chunks/reader.js";
// src/routes/decisions/[ref]/versions/+page.server.ts
var load = async (event) => {
	const id = idFromRef(event.params.ref) ?? notFound("decision_error_not_found");
	const from = numberParam(event.url.searchParams.get("from")) || void 0;
	const to = numberParam(event.url.searchParams.get("to")) || void 0;
	return {
		...await runQuery(() => decisionVersionsPage(event.locals.db, actorOf(event), id, from, to)),
		timeZone: event.locals.member?.timeZone
	};
};
export { load };
