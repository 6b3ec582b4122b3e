import { n as confirmEmailChange, p as peekLink } from "../../../../../chunks/commands4.js";
import { a as runQuery, t as attempt } from "../../../../../chunks/http.js";
// src/routes/settings/account/email/+page.server.ts
var load = async ({ url, locals }) => {
	const token = url.searchParams.get("token") ?? "";
	await runQuery(() => peekLink(locals.db, token, "change-email"));
	return { token };
};
var actions = { default: async ({ request, locals }) => {
	const token = String((await request.formData()).get("token") ?? "");
	const result = await attempt({}, () => confirmEmailChange(locals.db, token));
	if (!result.ok) return result.failure;
	return { confirmed: true };
} };
export { actions, load };
