import { c as stringify, t as attr_class, x as attr } from "./server.js";
// src/lib/forms.ts
/** The failure in a page's `form` prop, if any (and if it belongs to the given form). */
function failureOf(form, scope) {
	if (!form || typeof form !== "object" || !("message" in form) || !("fields" in form)) return null;
	const failure = form;
	return scope === void 0 || failure.scope === scope ? failure : null;
}
/** A success flag or value an action returned, e.g. `succeeded(form, 'saved')`. */
function succeeded(form, key) {
	return !!form && typeof form === "object" && key in form && !("message" in form);
}
// src/lib/components/Alert.svelte
function Alert($$renderer, $$props) {
	let { kind = "info", children } = $$props;
	$$renderer.push(`<div${attr_class(`alert ${stringify(kind)}`, "svelte-1frq9vu")}${attr("role", kind === "error" ? "alert" : "status")}>`);
	children($$renderer);
	$$renderer.push(`<!----></div>`);
}
export { failureOf as n, succeeded as r, Alert as t };
