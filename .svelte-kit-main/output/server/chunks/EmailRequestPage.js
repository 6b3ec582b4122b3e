import { S as escape_html, i as derived, o as head } from "./server.js";
import { t as field_email } from "./field_email.js";
import "./forms.js";
import { n as failureOf, r as succeeded, t as Alert } from "./Alert.js";
import { t as Field } from "./Field.js";
import { t as FormMessage } from "./FormMessage.js";
// src/lib/components/EmailRequestPage.svelte
function EmailRequestPage($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** A page that asks for an e-mail address to send a link to (password reset, new confirmation). */
		let { title, intro, submit, sent, orgName, form } = $$props;
		const failed = derived(() => failureOf(form));
		head("c5cwhe", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(title)} — ${escape_html(orgName)}</title>`);
			});
		});
		$$renderer.push(`<div class="container page narrow stack"><h1>${escape_html(title)}</h1> `);
		if (succeeded(form, "sent")) {
			$$renderer.push("<!--[0-->");
			Alert($$renderer, {
				kind: "success",
				children: ($$renderer) => {
					$$renderer.push(`<p>${escape_html(sent)}</p>`);
				},
				$$slots: { default: true }
			});
		} else {
			$$renderer.push("<!--[-1-->");
			FormMessage($$renderer, { form: failed() });
			$$renderer.push(`<!----> <p>${escape_html(intro)}</p> <form class="form" method="POST" novalidate="">`);
			Field($$renderer, {
				name: "email",
				type: "email",
				label: field_email(),
				value: failed()?.values.email,
				error: failed()?.fields.email,
				autocomplete: "email",
				required: true,
				dir: "ltr"
			});
			$$renderer.push(`<!----> <div class="form-actions"><button class="button" type="submit">${escape_html(submit)}</button></div></form>`);
		}
		$$renderer.push(`<!--]--></div>`);
	});
}
export { EmailRequestPage as t };
