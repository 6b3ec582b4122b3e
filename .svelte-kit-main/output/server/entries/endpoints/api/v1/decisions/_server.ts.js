import { t as actorOf } from "../../../../../chunks/actions.js";
import { a as runQuery } from "../../../../../chunks/http.js";
import { i as decisionRegister } from "../../../../../chunks/queries4.js";
import { json } from "@sveltejs/kit";
// src/routes/api/v1/decisions/+server.ts
/** The decision register as JSON, with the page's filters (`q`, `phase`, `scope`, `outcome`, `before`). */
var GET = async (event) => {
	const query = Object.fromEntries(event.url.searchParams);
	const register = await runQuery(() => decisionRegister(event.locals.db, actorOf(event), event.locals.locale, query));
	return json(register);
};
export { GET };
