import { S as escape_html, o as head, x as attr } from "../../../../../chunks/server.js";
import { n as account_email_confirm_submit, r as account_email_confirm_title, t as account_email_confirmed } from "../../../../../chunks/account_email_confirmed.js";
import { n as failureOf, r as succeeded, t as Alert } from "../../../../../chunks/Alert.js";
import { t as FormMessage } from "../../../../../chunks/FormMessage.js";
// src/routes/settings/account/email/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		head("89789j", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(account_email_confirm_title())} — ${escape_html(data.orgName)}</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(account_email_confirm_title())}</h1> `);
		if (succeeded(form, "confirmed")) {
			$$renderer.push("<!--[0-->");
			Alert($$renderer, {
				kind: "success",
				children: ($$renderer) => {
					$$renderer.push(`<p>${escape_html(account_email_confirmed())}</p>`);
				},
				$$slots: { default: true }
			});
		} else {
			$$renderer.push("<!--[-1-->");
			FormMessage($$renderer, { form: failureOf(form) });
			$$renderer.push(`<!----> <form method="POST"><input type="hidden" name="token"${attr("value", data.token)}/> <button class="button" type="submit">${escape_html(account_email_confirm_submit())}</button></form>`);
		}
		$$renderer.push(`<!--]-->`);
	});
}
export { _page as default };
