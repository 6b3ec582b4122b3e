import { S as escape_html, i as derived, o as head } from "../../../../chunks/server.js";
import { t as field_new_password } from "../../../../chunks/field_new_password.js";
import { t as field_password_hint } from "../../../../chunks/field_password_hint.js";
import { n as reset_new_title, t as reset_new_submit } from "../../../../chunks/reset_new_submit.js";
import "../../../../chunks/forms.js";
import { n as failureOf } from "../../../../chunks/Alert.js";
import { t as Field } from "../../../../chunks/Field.js";
import { t as FormMessage } from "../../../../chunks/FormMessage.js";
// src/routes/reset/[token]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const failed = derived(() => failureOf(form));
		head("i1rd3q", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(reset_new_title())} — ${escape_html(data.orgName)}</title>`);
			});
		});
		$$renderer.push(`<div class="container page narrow stack"><h1>${escape_html(reset_new_title())}</h1> `);
		FormMessage($$renderer, { form: failed() });
		$$renderer.push(`<!----> <form class="form" method="POST" novalidate="">`);
		Field($$renderer, {
			name: "password",
			type: "password",
			label: field_new_password(),
			hint: field_password_hint(),
			error: failed()?.fields.password,
			autocomplete: "new-password",
			required: true,
			minlength: 10,
			dir: "ltr"
		});
		$$renderer.push(`<!----> <div class="form-actions"><button class="button" type="submit">${escape_html(reset_new_submit())}</button></div></form></div>`);
	});
}
export { _page as default };
