import { l as Unauthenticated, n as DomainError, r as FieldError } from "./errors.js";
import { r as translate } from "./i18n.js";
import { error, fail } from "@sveltejs/kit";
// src/lib/server/http.ts
var SECRET_FIELDS = /* @__PURE__ */ new Set([
	"password",
	"currentPassword",
	"newPassword",
	"token"
]);
/** Read a form into a plain object; fields named in `arrays` keep every value. */
function formValues(form, arrays = []) {
	const out = {};
	for (const key of new Set(form.keys())) if (arrays.includes(key)) out[key] = form.getAll(key).filter((v) => typeof v === "string" && v !== "");
	else {
		const value = form.get(key);
		if (typeof value === "string") out[key] = value;
	}
	for (const key of arrays) out[key] ??= [];
	return out;
}
/**
* Run a form action's command; a domain error becomes a translated 4xx failure that re-renders
* the form with its messages and the values sent (never passwords or tokens).
*/
async function attempt(values, command, scope) {
	try {
		return {
			ok: true,
			value: await command()
		};
	} catch (err) {
		if (!(err instanceof DomainError)) throw err;
		const fields = err instanceof FieldError ? Object.fromEntries(Object.entries(err.fields).map(([k, v]) => [k, translate(v)])) : {};
		const safe = Object.fromEntries(Object.entries(values).filter(([k]) => !SECRET_FIELDS.has(k)));
		return {
			ok: false,
			failure: fail(err.status, {
				scope,
				message: translate(err.messageKey, err.params),
				fields,
				values: safe
			})
		};
	}
}
/** Run a query for a page; a domain error becomes SvelteKit's error page with a translated message. */
async function runQuery(query) {
	try {
		return await query();
	} catch (err) {
		if (err instanceof DomainError) error(err.status, translate(err.messageKey, err.params));
		throw err;
	}
}
/** The signed-in member as an actor, or a 401 for pages that need one. */
function requireActor(event) {
	const member = event.locals.member;
	if (!member) {
		const e = new Unauthenticated("error_login_required");
		error(e.status, translate(e.messageKey));
	}
	return {
		id: member.id,
		tier: member.tier
	};
}
function requestContext(event) {
	return {
		origin: event.url.origin,
		address: event.getClientAddress(),
		userAgent: event.request.headers.get("user-agent") ?? ""
	};
}
export { runQuery as a, requireActor as i, formValues as n, requestContext as r, attempt as t };
