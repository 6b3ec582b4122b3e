import { S as escape_html, i as derived, o as head } from "../../../../chunks/server.js";
import { n as field_time_zone, r as field_language, t as field_time_zone_hint } from "../../../../chunks/field_time_zone_hint.js";
import { t as settings_preferences } from "../../../../chunks/settings_preferences.js";
import { t as settings_save } from "../../../../chunks/settings_save.js";
import { t as settings_saved } from "../../../../chunks/settings_saved.js";
import "../../../../chunks/forms.js";
import { n as failureOf, r as succeeded, t as Alert } from "../../../../chunks/Alert.js";
import { t as FormMessage } from "../../../../chunks/FormMessage.js";
import { t as Select } from "../../../../chunks/Select.js";
// src/routes/settings/preferences/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const failed = derived(() => failureOf(form));
		const v = derived(() => failed()?.values ?? data.preferences);
		const now = /* @__PURE__ */ new Date();
		head("1yrzhrl", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(settings_preferences())} — ${escape_html(data.orgName)}</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(settings_preferences())}</h1> `);
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
		Select($$renderer, {
			name: "locale",
			label: field_language(),
			options: data.locales.map((l) => ({
				value: l.code,
				label: l.autonym
			})),
			value: v().locale,
			error: failed()?.fields.locale
		});
		$$renderer.push(`<!----> `);
		Select($$renderer, {
			name: "timeZone",
			label: field_time_zone(),
			hint: field_time_zone_hint({ time: new Intl.DateTimeFormat(data.locale, {
				timeStyle: "short",
				timeZone: data.preferences.timeZone
			}).format(now) }),
			options: data.timeZones.map((z) => ({
				value: z,
				label: z.replaceAll("_", " ")
			})),
			value: v().timeZone,
			error: failed()?.fields.timeZone
		});
		$$renderer.push(`<!----> <div class="form-actions"><button class="button" type="submit">${escape_html(settings_save())}</button></div></form>`);
	});
}
export { _page as default };
