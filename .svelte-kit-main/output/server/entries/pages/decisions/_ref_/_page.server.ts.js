import { a as numberParam, i as notFound, n as commentActions, o as readerOf, r as loadDiscussion, t as actorOf } from "../../../../chunks/actions.js";
import { a as runQuery, i as requireActor, n as formValues, t as attempt } from "../../../../chunks/http.js";
import { n as closeAmendments } from "../../../../chunks/amendments.js";
import { n as declareStake, t as castBallot } from "../../../../chunks/ballots.js";
import { i as recordOutcome, o as submitDecision, t as addCoauthor } from "../../../../chunks/commands.js";
import { a as signPetition, i as signMinorityReport, r as petitionRevisit, t as fileMinorityReport } from "../../../../chunks/dissent.js";
import { r as decisionPage } from "../../../../chunks/queries4.js";
import { t as idFromRef } from "../../../../chunks/reader.js";
import { redirect } from "@sveltejs/kit";
// src/routes/decisions/[ref]/+page.server.ts
var idOf = (event) => idFromRef(event.params.ref) ?? 0;
var load = async (event) => {
	const id = idFromRef(event.params.ref) ?? notFound("decision_error_not_found");
	const page = await runQuery(() => decisionPage(event.locals.db, actorOf(event), event.locals.locale, id));
	const canonical = `${page.decision.id}-${page.decision.slug}`;
	if (event.params.ref !== canonical) redirect(301, `/decisions/${canonical}${event.url.search}`);
	const discussion = page.decision.phase !== "draft" ? await runQuery(async () => loadDiscussion(event, await readerOf(event), "decision", id)) : null;
	return {
		...page,
		discussion,
		timeZone: event.locals.member?.timeZone
	};
};
/** One form action: read the form, run the command for the signed-in member, answer. */
function act(scope, run, arrays = []) {
	return async (event) => {
		const actor = requireActor(event);
		const values = formValues(await event.request.formData(), arrays);
		const result = await attempt(values, () => run(event, actor, values), scope);
		if (!result.ok) return result.failure;
		return {
			done: scope,
			value: result.value
		};
	};
}
var actions = {
	...commentActions("decision", idOf),
	submit: act("submit", (e, a) => submitDecision(e.locals.db, a, idOf(e))),
	coauthor: act("coauthor", (e, a, v) => addCoauthor(e.locals.db, a, idOf(e), v)),
	vote: act("vote", (e, a, v) => castBallot(e.locals.db, a, idOf(e), v), ["approve"]),
	stake: act("stake", (e, a, v) => declareStake(e.locals.db, a, idOf(e), v)),
	closeAmendments: act("closeAmendments", (e, a) => closeAmendments(e.locals.db, a, idOf(e))),
	outcome: act("outcome", (e, a, v) => recordOutcome(e.locals.db, a, idOf(e), v)),
	report: act("report", (e, a, v) => fileMinorityReport(e.locals.db, a, idOf(e), v)),
	signReport: act("signReport", (e, a, v) => signMinorityReport(e.locals.db, a, idOf(e), numberParam(v.report))),
	petition: act("petition", (e, a, v) => petitionRevisit(e.locals.db, a, idOf(e), v)),
	signPetition: act("signPetition", (e, a, v) => signPetition(e.locals.db, a, idOf(e), numberParam(v.petition)))
};
export { actions, load };
