import { a as numberParam, i as notFound, t as actorOf } from "../../../../../chunks/actions.js";
import { a as runQuery, i as requireActor, n as formValues, t as attempt } from "../../../../../chunks/http.js";
import { a as voteOnAmendment, i as putAmendmentToVote, o as withdrawAmendment, r as proposeAmendment, t as acceptAmendment } from "../../../../../chunks/amendments.js";
import { r as decisionPage } from "../../../../../chunks/queries4.js";
import { t as idFromRef } from "../../../../../chunks/reader.js";
// src/routes/decisions/[ref]/amendments/+page.server.ts
var load = async (event) => {
	const id = idFromRef(event.params.ref) ?? notFound("decision_error_not_found");
	const page = await runQuery(() => decisionPage(event.locals.db, actorOf(event), event.locals.locale, id));
	return {
		decision: page.decision,
		amendments: page.amendments,
		me: page.me,
		timeZone: event.locals.member?.timeZone
	};
};
/** Actions on one amendment (its id in the form). */
function onAmendment(scope, run) {
	return async (event) => {
		const actor = requireActor(event);
		const values = formValues(await event.request.formData());
		const id = idFromRef(event.params.ref) ?? 0;
		const amendmentId = numberParam(values.amendment);
		const result = await attempt(values, () => run(event.locals.db, actor, id, amendmentId, values), scope);
		if (!result.ok) return result.failure;
		return {
			done: scope,
			amendment: amendmentId
		};
	};
}
var actions = {
	propose: async (event) => {
		const actor = requireActor(event);
		const values = formValues(await event.request.formData());
		const id = idFromRef(event.params.ref) ?? 0;
		const result = await attempt(values, () => proposeAmendment(event.locals.db, actor, id, values), "propose");
		if (!result.ok) return result.failure;
		return {
			done: "propose",
			amendment: result.value
		};
	},
	accept: onAmendment("accept", (db, a, id, amendment) => acceptAmendment(db, a, id, amendment)),
	toVote: onAmendment("toVote", (db, a, id, amendment) => putAmendmentToVote(db, a, id, amendment)),
	withdraw: onAmendment("withdraw", (db, a, id, amendment) => withdrawAmendment(db, a, id, amendment)),
	vote: onAmendment("vote", (db, a, id, amendment, v) => voteOnAmendment(db, a, id, amendment, v))
};
export { actions, load };
