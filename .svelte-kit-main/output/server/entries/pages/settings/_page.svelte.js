import { S as escape_html, c as stringify, i as derived, o as head, x as attr } from "../../../chunks/server.js";
import { t as settings_profile } from "../../../chunks/settings_profile.js";
import { t as settings_save } from "../../../chunks/settings_save.js";
import { t as settings_saved } from "../../../chunks/settings_saved.js";
import { t as settings_view_profile } from "../../../chunks/settings_view_profile.js";
import "../../../chunks/forms.js";
import { n as failureOf, r as succeeded, t as Alert } from "../../../chunks/Alert.js";
import { t as FormMessage } from "../../../chunks/FormMessage.js";
import { t as ProfileFields } from "../../../chunks/ProfileFields.js";
// src/routes/settings/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const failed = derived(() => failureOf(form));
		const v = derived(() => failed()?.values ?? data.settings);
		const e = derived(() => failed()?.fields ?? {});
		head("1i19ct2", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(settings_profile())} — ${escape_html(data.orgName)}</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(settings_profile())}</h1> `);
		if (succeeded(form, "saved")) {
			$$renderer.push("<!--[0-->");
			Alert($$renderer, {
				kind: "success",
				children: ($$renderer) => {
					$$renderer.push(`<p>${escape_html(settings_saved())}</p>`);
				},
				$$slots: { default: true }
			});
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		FormMessage($$renderer, { form: failed() });
		$$renderer.push(`<!----> <form class="form" method="POST" novalidate="">`);
		ProfileFields($$renderer, {
			values: v(),
			errors: e(),
			countries: data.countries,
			languages: data.languages
		});
		$$renderer.push(`<!----> <div class="form-actions"><button class="button" type="submit">${escape_html(settings_save())}</button> <a${attr("href", `/@${stringify(data.settings.handle)}`)}>${escape_html(settings_view_profile())}</a></div></form>`);
	});
}
export { _page as default };
