import { i as logIn } from "../../../chunks/commands4.js";
import { o as setSessionCookie } from "../../../chunks/sessions.js";
import { n as formValues, r as requestContext, t as attempt } from "../../../chunks/http.js";
import { t as safeRedirectTarget } from "../../../chunks/redirects.js";
import { redirect } from "@sveltejs/kit";
// src/routes/login/+page.server.ts
var load = async ({ locals, url }) => {
	if (locals.member) redirect(303, safeRedirectTarget(url.searchParams.get("next")));
	return { notice: url.searchParams.has("verified") ? "verified" : url.searchParams.has("reset") ? "reset" : null };
};
var actions = { default: async (event) => {
	const values = formValues(await event.request.formData());
	const result = await attempt(values, () => logIn(event.locals.db, values, requestContext(event)));
	if (!result.ok) return result.failure;
	setSessionCookie(event.cookies, event.url, result.value.token, result.value.expiresAt);
	redirect(303, safeRedirectTarget(event.url.searchParams.get("next")));
} };
export { actions, load };
