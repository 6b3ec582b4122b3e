import "../../../chunks/server.js";
import { i as reset_title, n as reset_submit, r as reset_text, t as reset_sent } from "../../../chunks/reset_sent.js";
import { t as EmailRequestPage } from "../../../chunks/EmailRequestPage.js";
// src/routes/reset/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		EmailRequestPage($$renderer, {
			title: reset_title(),
			intro: reset_text(),
			submit: reset_submit(),
			sent: reset_sent(),
			orgName: data.orgName,
			form
		});
	});
}
export { _page as default };
