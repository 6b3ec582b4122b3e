import { i as notFound } from "../../../../../chunks/actions.js";
import { a as runQuery, n as formValues, t as attempt } from "../../../../../chunks/http.js";
import { t as ballotByReceipt } from "../../../../../chunks/publication.js";
import { r as decisionPage } from "../../../../../chunks/queries4.js";
import { t as idFromRef } from "../../../../../chunks/reader.js";
// src/routes/decisions/[ref]/receipt/+page.server.ts
var load = async (event) => {
	const id = idFromRef(event.params.ref) ?? notFound("decision_error_not_found");
	const { decision } = await runQuery(() => decisionPage(event.locals.db, null, event.locals.locale, id));
	return { decision: {
		id: decision.id,
		title: decision.title,
		slug: decision.slug
	} };
};
/** Anyone may look a receipt up (it says what a ballot counted as, never who cast it). */
var actions = { default: async (event) => {
	const id = idFromRef(event.params.ref) ?? 0;
	const values = formValues(await event.request.formData());
	const code = typeof values.code === "string" ? values.code.slice(0, 40) : "";
	const result = await attempt(values, () => ballotByReceipt(event.locals.db, id, code));
	if (!result.ok) return result.failure;
	return { found: result.value };
} };
export { actions, load };
