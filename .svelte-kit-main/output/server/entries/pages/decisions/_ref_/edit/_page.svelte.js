import { S as escape_html, c as stringify, i as derived, o as head, x as attr } from "../../../../../chunks/server.js";
import { B as decision_field_summary, K as decision_save_draft, R as decision_field_body } from "../../../../../chunks/decision_field_revisit_percent_hint.js";
import { s as decision_field_title } from "../../../../../chunks/decision_field_weighting.js";
import { a as decision_field_note, i as decision_field_note_hint, n as decision_revise_lead, r as decision_edit_title, t as decision_revise_save } from "../../../../../chunks/decision_revise_save.js";
import "../../../../../chunks/forms.js";
import { n as failureOf } from "../../../../../chunks/Alert.js";
import { t as Field } from "../../../../../chunks/Field.js";
import { t as FormMessage } from "../../../../../chunks/FormMessage.js";
import { t as TextArea } from "../../../../../chunks/TextArea.js";
import { t as DecisionForm } from "../../../../../chunks/DecisionForm.js";
// src/routes/decisions/[ref]/edit/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const failed = derived(() => failureOf(form));
		const values = derived(() => failed()?.values ?? data.values);
		const v = (k) => values()[k] === void 0 ? "" : String(values()[k]);
		head("1acvqk7", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(decision_edit_title())} — ${escape_html(data.orgName)}</title>`);
			});
		});
		$$renderer.push(`<div class="container narrow page stack"><h1>${escape_html(decision_edit_title())}</h1> <p><a${attr("href", `/decisions/${stringify(data.decision.id)}-${stringify(data.decision.slug)}`)} dir="auto">${escape_html(data.decision.title)}</a></p> `);
		if (data.decision.phase === "draft") {
			$$renderer.push("<!--[0-->");
			DecisionForm($$renderer, {
				values: values(),
				failed: failed(),
				scopes: data.scopes,
				affected: data.affected,
				languages: data.languages,
				submitLabel: decision_save_draft()
			});
		} else {
			$$renderer.push(`<!--[-1--><p class="muted">${escape_html(decision_revise_lead({ version: data.decision.version + 1 }))}</p> <form method="POST" class="form stack">`);
			FormMessage($$renderer, { form: failed() });
			$$renderer.push(`<!----> `);
			Field($$renderer, {
				name: "title",
				label: decision_field_title(),
				value: v("title"),
				error: failed()?.fields.title,
				required: true,
				dir: "auto"
			});
			$$renderer.push(`<!----> `);
			Field($$renderer, {
				name: "summary",
				label: decision_field_summary(),
				value: v("summary"),
				error: failed()?.fields.summary,
				dir: "auto"
			});
			$$renderer.push(`<!----> `);
			TextArea($$renderer, {
				name: "body",
				label: decision_field_body(),
				value: v("body"),
				error: failed()?.fields.body,
				rows: 16,
				required: true
			});
			$$renderer.push(`<!----> `);
			Field($$renderer, {
				name: "note",
				label: decision_field_note(),
				hint: decision_field_note_hint(),
				value: v("note"),
				error: failed()?.fields.note,
				dir: "auto"
			});
			$$renderer.push(`<!----> <div class="form-actions"><button class="button" type="submit">${escape_html(decision_revise_save())}</button></div></form>`);
		}
		$$renderer.push(`<!--]--></div>`);
	});
}
export { _page as default };
