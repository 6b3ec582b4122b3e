import { i as notFound } from "../../../../../chunks/actions.js";
import { a as runQuery } from "../../../../../chunks/http.js";
import { r as publishedBlt } from "../../../../../chunks/publication.js";
import { t as idFromRef } from "../../../../../chunks/reader.js";
// src/routes/decisions/[ref]/ballots.blt/+server.ts
/** The ranked ballots of a closed decision in BLT, the format STV and Condorcet tools read. */
var GET = async ({ params, url, locals }) => {
	const id = idFromRef(params.ref) ?? notFound("decision_error_not_found");
	const weights = url.searchParams.get("weights") === "raw" ? "raw" : "weighted";
	const body = await runQuery(() => publishedBlt(locals.db, id, weights));
	return new Response(body, { headers: {
		"content-type": "text/plain; charset=utf-8",
		"content-disposition": `attachment; filename="decision-${id}-ballots.blt"`
	} });
};
export { GET };
