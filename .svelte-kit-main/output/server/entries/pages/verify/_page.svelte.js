import { S as escape_html, o as head, x as attr } from "../../../chunks/server.js";
import { n as verify_text, r as verify_title, t as verify_submit } from "../../../chunks/verify_submit.js";
import { n as failureOf } from "../../../chunks/Alert.js";
import { t as FormMessage } from "../../../chunks/FormMessage.js";
// src/routes/verify/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		head("1230iaq", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(verify_title())} — ${escape_html(data.orgName)}</title>`);
			});
		});
		$$renderer.push(`<div class="container page narrow stack"><h1>${escape_html(verify_title())}</h1> `);
		FormMessage($$renderer, { form: failureOf(form) });
		$$renderer.push(`<!----> <p>${escape_html(verify_text())}</p> <form method="POST"><input type="hidden" name="token"${attr("value", data.token)}/> <button class="button" type="submit">${escape_html(verify_submit())}</button></form></div>`);
	});
}
export { _page as default };
