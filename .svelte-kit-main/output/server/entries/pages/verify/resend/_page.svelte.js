import "../../../../chunks/server.js";
import { i as resend_title, n as resend_submit, r as resend_text, t as resend_sent } from "../../../../chunks/resend_sent.js";
import { t as EmailRequestPage } from "../../../../chunks/EmailRequestPage.js";
// src/routes/verify/resend/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		EmailRequestPage($$renderer, {
			title: resend_title(),
			intro: resend_text(),
			submit: resend_submit(),
			sent: resend_sent(),
			orgName: data.orgName,
			form
		});
	});
}
export { _page as default };
