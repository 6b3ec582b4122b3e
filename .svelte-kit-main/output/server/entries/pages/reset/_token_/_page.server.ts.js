import { p as peekLink, u as resetPassword } from "../../../../chunks/commands4.js";
import { a as runQuery, n as formValues, t as attempt } from "../../../../chunks/http.js";
import { redirect } from "@sveltejs/kit";
// src/routes/reset/[token]/+page.server.ts
var load = async ({ params, locals }) => {
	await runQuery(() => peekLink(locals.db, params.token, "reset-password"));
	return {};
};
var actions = { default: async ({ request, params, locals }) => {
	const values = {
		...formValues(await request.formData()),
		token: params.token
	};
	const result = await attempt(values, () => resetPassword(locals.db, values));
	if (!result.ok) return result.failure;
	redirect(303, "/login?reset=1");
} };
export { actions, load };
