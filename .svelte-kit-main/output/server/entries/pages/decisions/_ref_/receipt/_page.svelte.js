import { S as escape_html, i as derived, o as head, x as attr } from "../../../../../chunks/server.js";
import { a as receipt_lead, i as receipt_field, n as receipt_counted, o as receipt_title, r as receipt_find, t as receipt_superseded } from "../../../../../chunks/receipt_superseded.js";
import { n as failureOf, t as Alert } from "../../../../../chunks/Alert.js";
import { t as ChoiceText } from "../../../../../chunks/ChoiceText.js";
// src/routes/decisions/[ref]/receipt/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const failed = derived(() => failureOf(form));
		const found = derived(() => form && "found" in form ? form.found : null);
		const code = derived(() => String(failed()?.values.code ?? found()?.receipt ?? ""));
		const url = derived(() => `/decisions/${data.decision.id}-${data.decision.slug}`);
		head("yglwh", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(receipt_title())} — ${escape_html(data.decision.title)} — ${escape_html(data.orgName)}</title>`);
			});
		});
		$$renderer.push(`<div class="container narrow page stack"><h1>${escape_html(receipt_title())}</h1> <p><a${attr("href", url())} dir="auto">${escape_html(data.decision.title)}</a></p> <p class="muted">${escape_html(receipt_lead())}</p> <form method="POST" class="stack"><div class="field svelte-yglwh"><label for="code" class="svelte-yglwh">${escape_html(receipt_field())}</label> <input id="code" name="code"${attr("value", code())} autocomplete="off" spellcheck="false" maxlength="40"${attr("aria-invalid", failed()?.message ? "true" : void 0)}${attr("aria-describedby", failed()?.message ? "code-error" : void 0)} class="svelte-yglwh"/> `);
		if (failed()?.message) $$renderer.push(`<!--[0--><p class="error svelte-yglwh" id="code-error">${escape_html(failed()?.message)}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div> <div class="form-actions"><button class="button" type="submit">${escape_html(receipt_find())}</button></div></form> `);
		if (found()) {
			$$renderer.push("<!--[0-->");
			Alert($$renderer, {
				kind: found().counted ? "success" : "info",
				children: ($$renderer) => {
					$$renderer.push(`<p>${escape_html(found().counted ? receipt_counted({ weight: found().weight }) : receipt_superseded())}</p> <p>`);
					ChoiceText($$renderer, {
						choice: found().choice,
						labels: found().labels
					});
					$$renderer.push(`<!----></p>`);
				},
				$$slots: { default: true }
			});
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div>`);
	});
}
export { _page as default };
