import { a as numberParam } from "../../../../../../chunks/actions.js";
import { i as endPhaseForTest } from "../../../../../../chunks/advance.js";
import { r as translate } from "../../../../../../chunks/i18n.js";
import { error, json } from "@sveltejs/kit";
// src/routes/dev/decisions/[id]/advance/+server.ts
var POST = async ({ params, locals }) => {
	if (!locals.app.config.testClock) error(404, translate("error_page_not_found"));
	const steps = await endPhaseForTest(locals.db, numberParam(params.id));
	return json({ steps });
};
export { POST };
