import { S as escape_html, i as derived, o as head } from "../../../../chunks/server.js";
import { K as decision_save_draft } from "../../../../chunks/decision_field_revisit_percent_hint.js";
import { n as decision_new_title, t as decision_new_lead } from "../../../../chunks/decision_new_lead.js";
import { n as failureOf } from "../../../../chunks/Alert.js";
import { t as DecisionForm } from "../../../../chunks/DecisionForm.js";
// src/routes/decisions/new/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const failed = derived(() => failureOf(form));
		const suggested = derived(() => form && "suggested" in form ? form : null);
		head("cyrpp5", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(decision_new_title())} — ${escape_html(data.orgName)}</title>`);
			});
		});
		$$renderer.push(`<div class="container narrow page"><h1>${escape_html(decision_new_title())}</h1> <p class="muted">${escape_html(decision_new_lead())}</p> `);
		DecisionForm($$renderer, {
			values: failed()?.values ?? suggested()?.values ?? {
				language: data.locale,
				ballotType: "motion"
			},
			failed: failed(),
			suggested: suggested() ? data.scopes.find((s) => s.ref === suggested().suggested)?.name ?? suggested().suggested : null,
			scopes: data.scopes,
			affected: data.affected,
			languages: data.languages,
			submitLabel: decision_save_draft()
		});
		$$renderer.push(`<!----></div>`);
	});
}
export { _page as default };
