import { S as escape_html, i as derived, o as head } from "../../../chunks/server.js";
import { t as nav_join } from "../../../chunks/nav_join.js";
import { t as field_email } from "../../../chunks/field_email.js";
import { t as field_password } from "../../../chunks/field_password.js";
import { t as resend_link } from "../../../chunks/resend_link.js";
import { a as login_submit, i as login_forgot, n as login_verified, o as login_title, r as login_no_account, t as login_after_reset } from "../../../chunks/login_after_reset.js";
import "../../../chunks/forms.js";
import { n as failureOf, t as Alert } from "../../../chunks/Alert.js";
import { t as Field } from "../../../chunks/Field.js";
import { t as FormMessage } from "../../../chunks/FormMessage.js";
// src/routes/login/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const failed = derived(() => failureOf(form));
		head("1x05zx6", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(login_title())} — ${escape_html(data.orgName)}</title>`);
			});
		});
		$$renderer.push(`<div class="container page narrow stack"><h1>${escape_html(login_title())}</h1> `);
		if (data.notice === "verified") {
			$$renderer.push("<!--[0-->");
			Alert($$renderer, {
				kind: "success",
				children: ($$renderer) => {
					$$renderer.push(`<p>${escape_html(login_verified())}</p>`);
				},
				$$slots: { default: true }
			});
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.notice === "reset") {
			$$renderer.push("<!--[0-->");
			Alert($$renderer, {
				kind: "success",
				children: ($$renderer) => {
					$$renderer.push(`<p>${escape_html(login_after_reset())}</p>`);
				},
				$$slots: { default: true }
			});
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		FormMessage($$renderer, { form: failed() });
		$$renderer.push(`<!----> <form class="form" method="POST" novalidate="">`);
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
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "password",
			type: "password",
			label: field_password(),
			error: failed()?.fields.password,
			autocomplete: "current-password",
			required: true,
			dir: "ltr"
		});
		$$renderer.push(`<!----> <div class="form-actions"><button class="button" type="submit">${escape_html(login_submit())}</button> <a href="/reset">${escape_html(login_forgot())}</a></div></form> <p class="muted">${escape_html(login_no_account())} <a href="/join">${escape_html(nav_join())}</a> · <a href="/verify/resend">${escape_html(resend_link())}</a></p></div>`);
	});
}
export { _page as default };
