import { n as setLocale } from "../../../chunks/commands2.js";
import { r as translate, t as isLocale } from "../../../chunks/i18n.js";
import { t as LOCALE_COOKIE } from "../../../chunks/locale-cookie.js";
import { t as safeRedirectTarget } from "../../../chunks/redirects.js";
import { error, redirect } from "@sveltejs/kit";
// src/routes/language/+server.ts
/** The language switcher's form: remembered in a cookie, and on the member's account when signed in. */
var POST = async ({ request, cookies, locals, url }) => {
	const form = await request.formData().catch(() => null);
	const locale = form?.get("locale");
	if (typeof locale !== "string" || !isLocale(locale)) error(400, translate("error_invalid_value"));
	cookies.set(LOCALE_COOKIE, locale, {
		path: "/",
		httpOnly: true,
		sameSite: "lax",
		secure: url.protocol === "https:",
		maxAge: 31536e3
	});
	if (locals.member) await setLocale(locals.db, {
		id: locals.member.id,
		tier: locals.member.tier
	}, locale);
	redirect(303, safeRedirectTarget(form?.get("redirectTo")));
};
export { POST };
