import { S as escape_html, o as head } from "../../../../chunks/server.js";
import { n as check_email_text, r as check_email_title, t as check_email_spam } from "../../../../chunks/check_email_spam.js";
import { t as resend_link } from "../../../../chunks/resend_link.js";
// src/routes/join/check-email/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		head("1r4aemb", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(check_email_title())} — ${escape_html(data.orgName)}</title>`);
			});
		});
		$$renderer.push(`<div class="container page narrow stack"><h1>${escape_html(check_email_title())}</h1> <p>${escape_html(check_email_text())}</p> <p class="muted">${escape_html(check_email_spam())}</p> <p><a href="/verify/resend">${escape_html(resend_link())}</a></p></div>`);
	});
}
export { _page as default };
