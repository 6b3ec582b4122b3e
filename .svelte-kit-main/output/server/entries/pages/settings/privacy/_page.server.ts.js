import { i as updatePrivacy } from "../../../../chunks/commands2.js";
import { r as ownPrivacy } from "../../../../chunks/queries3.js";
import { a as runQuery, i as requireActor, n as formValues, t as attempt } from "../../../../chunks/http.js";
// src/routes/settings/privacy/+page.server.ts
var load = async (event) => {
	const actor = requireActor(event);
	const me = await runQuery(() => ownPrivacy(event.locals.db, actor));
	return { privacy: {
		inDirectory: me.inDirectory,
		onMap: me.onMap,
		showFullName: me.showFullName,
		gender: me.gender ?? "",
		ageBand: me.ageBand ?? ""
	} };
};
var actions = { default: async (event) => {
	const actor = requireActor(event);
	const values = formValues(await event.request.formData());
	const result = await attempt(values, () => updatePrivacy(event.locals.db, actor, actor.id, values));
	if (!result.ok) return result.failure;
	return { saved: true };
} };
export { actions, load };
