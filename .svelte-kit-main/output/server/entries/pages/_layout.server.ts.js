import { r as locales } from "../../chunks/runtime.js";
import { r as organisationName } from "../../chunks/cached.js";
// src/routes/+layout.server.ts
var load = async ({ locals, url }) => {
	return {
		member: locals.member ? {
			handle: locals.member.handle,
			displayName: locals.member.displayName
		} : null,
		locale: locals.locale,
		locales: locales.map((code) => ({
			code,
			autonym: new Intl.DisplayNames([code], { type: "language" }).of(code) ?? code
		})),
		orgName: await organisationName(locals.db, locals.locale),
		devMailbox: locals.app.config.devMailbox,
		here: url.pathname + url.search
	};
};
export { load };
