import { n as latestMail } from "../../../../chunks/outbox.js";
import { r as translate } from "../../../../chunks/i18n.js";
import { error } from "@sveltejs/kit";
// src/routes/dev/mail/+page.server.ts
var load = async ({ locals }) => {
	if (!locals.app.config.devMailbox) error(404, translate("error_page_not_found"));
	return { mail: await latestMail(locals.db) };
};
export { load };
