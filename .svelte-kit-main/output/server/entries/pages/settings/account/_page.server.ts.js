import { o as logOutEverywhere, r as deleteAccount, s as requestEmailChange, t as changePassword } from "../../../../chunks/commands4.js";
import { n as clearSessionCookie, u as hashToken } from "../../../../chunks/sessions.js";
import { a as ownSettings, i as ownSessions } from "../../../../chunks/queries3.js";
import { a as runQuery, i as requireActor, n as formValues, r as requestContext, t as attempt } from "../../../../chunks/http.js";
import { redirect } from "@sveltejs/kit";
// src/routes/settings/account/+page.server.ts
var load = async (event) => {
	const actor = requireActor(event);
	const [settings, sessions] = await Promise.all([runQuery(() => ownSettings(event.locals.db, actor)), ownSessions(event.locals.db, actor)]);
	const current = event.locals.sessionToken ? hashToken(event.locals.sessionToken) : "";
	return {
		email: settings.email,
		handle: settings.handle,
		sessions: sessions.map((s) => ({
			createdAt: s.createdAt,
			userAgent: s.userAgent,
			current: s.id === current
		}))
	};
};
var actions = {
	email: async (event) => {
		const actor = requireActor(event);
		const values = formValues(await event.request.formData());
		const result = await attempt(values, () => requestEmailChange(event.locals.db, actor, values, requestContext(event)), "email");
		if (!result.ok) return result.failure;
		return { done: "email" };
	},
	password: async (event) => {
		const actor = requireActor(event);
		const values = formValues(await event.request.formData());
		const result = await attempt(values, () => changePassword(event.locals.db, actor, values, event.locals.sessionToken ?? ""), "password");
		if (!result.ok) return result.failure;
		return { done: "password" };
	},
	logoutEverywhere: async (event) => {
		const actor = requireActor(event);
		await logOutEverywhere(event.locals.db, actor);
		clearSessionCookie(event.cookies, event.url);
		redirect(303, "/login");
	},
	delete: async (event) => {
		const actor = requireActor(event);
		const values = formValues(await event.request.formData());
		const result = await attempt(values, () => deleteAccount(event.locals.db, actor, values), "delete");
		if (!result.ok) return result.failure;
		clearSessionCookie(event.cookies, event.url);
		redirect(303, "/?deleted=1");
	}
};
export { actions, load };
