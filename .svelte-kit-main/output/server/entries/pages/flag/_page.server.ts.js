import { a as numberParam } from "../../../chunks/actions.js";
import { l as flagContent, m as FLAG_REASONS } from "../../../chunks/queries2.js";
import { i as requireActor, n as formValues, t as attempt } from "../../../chunks/http.js";
// src/routes/flag/+page.server.ts
var load = async (event) => {
	requireActor(event);
	const type = event.url.searchParams.get("type") ?? "";
	return {
		type: [
			"comment",
			"post",
			"thread"
		].includes(type) ? type : "comment",
		id: numberParam(event.url.searchParams.get("id")),
		reasons: FLAG_REASONS
	};
};
var actions = { default: async (event) => {
	const actor = requireActor(event);
	const values = formValues(await event.request.formData());
	const result = await attempt(values, () => flagContent(event.locals.db, actor, String(values.type ?? ""), numberParam(values.id), values));
	if (!result.ok) return result.failure;
	return { flagged: true };
} };
export { actions, load };
