import { S as escape_html, i as derived, o as head, x as attr } from "../../../chunks/server.js";
import "../../../chunks/forms.js";
import { a as join_profile_legend, c as join_title, i as join_submit, n as field_handle, o as join_account_legend, r as join_have_account, s as join_intro, t as field_handle_hint } from "../../../chunks/field_handle_hint.js";
import { t as field_email } from "../../../chunks/field_email.js";
import { t as field_password } from "../../../chunks/field_password.js";
import { t as field_password_hint } from "../../../chunks/field_password_hint.js";
import "../../../chunks/index-server.js";
import { n as failureOf } from "../../../chunks/Alert.js";
import { t as Field } from "../../../chunks/Field.js";
import { t as FormMessage } from "../../../chunks/FormMessage.js";
import { t as ProfileFields } from "../../../chunks/ProfileFields.js";
// src/routes/join/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const failed = derived(() => failureOf(form));
		const v = derived(() => failed()?.values ?? {});
		const e = derived(() => failed()?.fields ?? {});
		let timeZone = "UTC";
		head("1rdz7hh", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(join_title())} — ${escape_html(data.orgName)}</title>`);
			});
		});
		$$renderer.push(`<div class="container page narrow stack"><h1>${escape_html(join_title())}</h1> <p>${escape_html(join_intro({ name: data.orgName }))}</p> `);
		FormMessage($$renderer, { form: failed() });
		$$renderer.push(`<!----> <form class="form" method="POST" novalidate=""><input type="hidden" name="locale"${attr("value", data.locale)}/> <input type="hidden" name="timeZone"${attr("value", timeZone)}/> <fieldset class="form"><legend>${escape_html(join_account_legend())}</legend> `);
		Field($$renderer, {
			name: "email",
			type: "email",
			label: field_email(),
			value: v().email,
			error: e().email,
			autocomplete: "email",
			required: true,
			maxlength: 254,
			dir: "ltr"
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "password",
			type: "password",
			label: field_password(),
			hint: field_password_hint(),
			error: e().password,
			autocomplete: "new-password",
			required: true,
			minlength: 10,
			maxlength: 200,
			dir: "ltr"
		});
		$$renderer.push(`<!----></fieldset> <fieldset class="form"><legend>${escape_html(join_profile_legend())}</legend> `);
		{
			function afterName($$renderer) {
				Field($$renderer, {
					name: "handle",
					label: field_handle(),
					hint: field_handle_hint(),
					value: v().handle,
					error: e().handle,
					autocomplete: "username",
					required: true,
					minlength: 3,
					maxlength: 30,
					pattern: "[A-Za-z][A-Za-z0-9_]*",
					dir: "ltr"
				});
			}
			ProfileFields($$renderer, {
				values: v(),
				errors: e(),
				countries: data.countries,
				languages: data.languages,
				afterName,
				$$slots: { afterName: true }
			});
		}
		$$renderer.push(`<!----></fieldset> <div class="form-actions"><button class="button" type="submit">${escape_html(join_submit())}</button> <a href="/login">${escape_html(join_have_account())}</a></div></form></div>`);
	});
}
export { _page as default };
