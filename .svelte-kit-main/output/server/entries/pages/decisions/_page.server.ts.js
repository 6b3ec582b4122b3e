import { t as actorOf } from "../../../chunks/actions.js";
import { a as runQuery } from "../../../chunks/http.js";
import { i as decisionRegister, s as ownDrafts } from "../../../chunks/queries4.js";
// src/routes/decisions/+page.server.ts
var load = async (event) => {
	const actor = actorOf(event);
	const query = Object.fromEntries(event.url.searchParams);
	return {
		register: await runQuery(() => decisionRegister(event.locals.db, actor, event.locals.locale, query)),
		drafts: actor ? await ownDrafts(event.locals.db, actor) : [],
		timeZone: event.locals.member?.timeZone
	};
};
export { load };
