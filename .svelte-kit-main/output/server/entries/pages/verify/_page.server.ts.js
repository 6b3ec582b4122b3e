import { f as verifyEmail, p as peekLink } from "../../../chunks/commands4.js";
import { a as runQuery, t as attempt } from "../../../chunks/http.js";
import { redirect } from "@sveltejs/kit";
// src/routes/verify/+page.server.ts
var load = async ({ url, locals }) => {
	const token = url.searchParams.get("token") ?? "";
	await runQuery(() => peekLink(locals.db, token, "verify-email"));
	return { token };
};
var actions = { default: async ({ request, locals }) => {
	const token = String((await request.formData()).get("token") ?? "");
	const result = await attempt({}, () => verifyEmail(locals.db, token));
	if (!result.ok) return result.failure;
	redirect(303, "/login?verified=1");
} };
export { actions, load };
