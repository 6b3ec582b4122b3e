import { a as logOut } from "../../../chunks/commands4.js";
import { n as clearSessionCookie } from "../../../chunks/sessions.js";
import { redirect } from "@sveltejs/kit";
// src/routes/logout/+page.server.ts
var actions = { default: async ({ locals, cookies, url }) => {
	if (locals.member && locals.sessionToken) await logOut(locals.db, {
		id: locals.member.id,
		tier: locals.member.tier
	}, locals.sessionToken);
	clearSessionCookie(cookies, url);
	redirect(303, "/");
} };
export { actions };
