import { S as escape_html, a as ensure_array_like, i as derived, o as head, x as attr } from "../../../chunks/server.js";
import { a as flag_reason_private_data, c as flag_reason_label, d as flag_note_label, f as flag_intro, i as flag_reason_spam, l as flag_reason_harassment, n as flag_thanks, o as flag_reason_other, r as flag_submit, s as flag_reason_off_topic, t as flag_title, u as flag_reason_abuse } from "../../../chunks/flag_title.js";
import "../../../chunks/forms.js";
import { n as failureOf, r as succeeded, t as Alert } from "../../../chunks/Alert.js";
import { t as FormMessage } from "../../../chunks/FormMessage.js";
import { t as TextArea } from "../../../chunks/TextArea.js";
// src/routes/flag/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const failed = derived(() => failureOf(form));
		const reasonLabel = {
			abuse: flag_reason_abuse,
			harassment: flag_reason_harassment,
			spam: flag_reason_spam,
			"off-topic": flag_reason_off_topic,
			"private-data": flag_reason_private_data,
			other: flag_reason_other
		};
		head("1q0eehf", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(flag_title())} — ${escape_html(data.orgName)}</title>`);
			});
		});
		$$renderer.push(`<div class="container narrow page"><h1>${escape_html(flag_title())}</h1> `);
		if (succeeded(form, "flagged")) {
			$$renderer.push("<!--[0-->");
			Alert($$renderer, {
				kind: "success",
				children: ($$renderer) => {
					$$renderer.push(`<p>${escape_html(flag_thanks())}</p>`);
				},
				$$slots: { default: true }
			});
		} else {
			$$renderer.push(`<!--[-1--><p>${escape_html(flag_intro())}</p> `);
			FormMessage($$renderer, { form: failed() });
			$$renderer.push(`<!----> <form class="form" method="POST"><input type="hidden" name="type"${attr("value", data.type)}/> <input type="hidden" name="id"${attr("value", data.id)}/> <fieldset${attr("aria-describedby", failed()?.fields.reason ? "reason-error" : void 0)}><legend>${escape_html(flag_reason_label())}</legend> <!--[-->`);
			const each_array = ensure_array_like(data.reasons);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let reason = each_array[$$index];
				$$renderer.push(`<label class="choice svelte-1q0eehf"><input type="radio" name="reason"${attr("value", reason)}${attr("checked", failed()?.values.reason === reason, true)}/> ${escape_html(reasonLabel[reason]())}</label>`);
			}
			$$renderer.push(`<!--]--> `);
			if (failed()?.fields.reason) $$renderer.push(`<!--[0--><p class="error svelte-1q0eehf" id="reason-error">${escape_html(failed().fields.reason)}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></fieldset> `);
			TextArea($$renderer, {
				name: "note",
				label: flag_note_label(),
				rows: 3,
				value: failed()?.values.note,
				maxlength: 500
			});
			$$renderer.push(`<!----> <div class="form-actions"><button class="button" type="submit">${escape_html(flag_submit())}</button></div></form>`);
		}
		$$renderer.push(`<!--]--></div>`);
	});
}
export { _page as default };
