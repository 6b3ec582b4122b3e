import { S as escape_html, i as derived, o as head, x as attr } from "../../../../chunks/server.js";
import { t as settings_save } from "../../../../chunks/settings_save.js";
import { t as privacy_title } from "../../../../chunks/privacy_title.js";
import { a as privacy_on_map, c as privacy_saved, i as privacy_show_full_name, n as privacy_demographics_hint, o as privacy_in_directory, r as privacy_demographics, s as privacy_visibility, t as privacy_not_saying } from "../../../../chunks/privacy_not_saying.js";
import { a as privacy_gender, i as privacy_gender_f, n as privacy_gender_x, r as privacy_gender_m, t as privacy_age_band } from "../../../../chunks/privacy_age_band.js";
import "../../../../chunks/forms.js";
import { n as failureOf, r as succeeded, t as Alert } from "../../../../chunks/Alert.js";
import { t as FormMessage } from "../../../../chunks/FormMessage.js";
import { t as Select } from "../../../../chunks/Select.js";
// src/routes/settings/privacy/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const failed = derived(() => failureOf(form));
		const p = derived(() => data.privacy);
		const bands = [
			"18-24",
			"25-34",
			"35-44",
			"45-54",
			"55-64",
			"65+"
		];
		head("wdg5ez", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(privacy_title())} — ${escape_html(data.orgName)}</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(privacy_title())}</h1> `);
		if (succeeded(form, "saved")) {
			$$renderer.push("<!--[0-->");
			Alert($$renderer, {
				kind: "success",
				children: ($$renderer) => {
					$$renderer.push(`<p>${escape_html(privacy_saved())}</p>`);
				},
				$$slots: { default: true }
			});
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		FormMessage($$renderer, { form: failed() });
		$$renderer.push(`<!----> <form class="form" method="POST" novalidate=""><fieldset class="form"><legend>${escape_html(privacy_visibility())}</legend> <label class="check svelte-wdg5ez"><input type="checkbox" name="inDirectory"${attr("checked", p().inDirectory, true)} class="svelte-wdg5ez"/> <span>${escape_html(privacy_in_directory())}</span></label> <label class="check svelte-wdg5ez"><input type="checkbox" name="onMap"${attr("checked", p().onMap, true)} class="svelte-wdg5ez"/> <span>${escape_html(privacy_on_map())}</span></label> <label class="check svelte-wdg5ez"><input type="checkbox" name="showFullName"${attr("checked", p().showFullName, true)} class="svelte-wdg5ez"/> <span>${escape_html(privacy_show_full_name())}</span></label></fieldset> <fieldset class="form"><legend>${escape_html(privacy_demographics())}</legend> <p class="muted">${escape_html(privacy_demographics_hint())}</p> `);
		Select($$renderer, {
			name: "gender",
			label: privacy_gender(),
			placeholder: privacy_not_saying(),
			options: [
				{
					value: "f",
					label: privacy_gender_f()
				},
				{
					value: "m",
					label: privacy_gender_m()
				},
				{
					value: "x",
					label: privacy_gender_x()
				}
			],
			value: p().gender,
			error: failed()?.fields.gender
		});
		$$renderer.push(`<!----> `);
		Select($$renderer, {
			name: "ageBand",
			label: privacy_age_band(),
			placeholder: privacy_not_saying(),
			options: bands.map((b) => ({
				value: b,
				label: b
			})),
			value: p().ageBand,
			error: failed()?.fields.ageBand
		});
		$$renderer.push(`<!----></fieldset> <div class="form-actions"><button class="button" type="submit">${escape_html(settings_save())}</button></div></form>`);
	});
}
export { _page as default };
