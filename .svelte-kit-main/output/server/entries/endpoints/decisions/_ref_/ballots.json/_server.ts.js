import { i as notFound } from "../../../../../chunks/actions.js";
import { a as runQuery } from "../../../../../chunks/http.js";
import { n as publishedBallots } from "../../../../../chunks/publication.js";
import { t as idFromRef } from "../../../../../chunks/reader.js";
import { json } from "@sveltejs/kit";
// src/routes/decisions/[ref]/ballots.json/+server.ts
/** The anonymised ballots of a closed decision, for anyone to recount (`?weights=raw` for 1 each). */
var GET = async ({ params, url, locals }) => {
	const id = idFromRef(params.ref) ?? notFound("decision_error_not_found");
	const weights = url.searchParams.get("weights") === "raw" ? "raw" : "weighted";
	const file = await runQuery(() => publishedBallots(locals.db, id, weights));
	return json(file, { headers: { "content-disposition": `attachment; filename="decision-${id}-ballots.json"` } });
};
export { GET };
