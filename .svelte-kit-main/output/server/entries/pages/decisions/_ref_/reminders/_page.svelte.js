import { S as escape_html, a as ensure_array_like, c as stringify, i as derived, o as head, x as attr } from "../../../../../chunks/server.js";
import { t as decision_register_more } from "../../../../../chunks/decision_register_more.js";
import { n as decision_reminders_lead, r as decision_reminders_title, t as decision_reminders_none } from "../../../../../chunks/decision_reminders_none.js";
// src/routes/decisions/[ref]/reminders/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const url = derived(() => `/decisions/${data.decision.id}-${data.decision.slug}`);
		head("1lo41im", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(decision_reminders_title())} — ${escape_html(data.decision.title)} — ${escape_html(data.orgName)}</title>`);
			});
		});
		$$renderer.push(`<div class="container narrow page stack"><h1>${escape_html(decision_reminders_title())}</h1> <p><a${attr("href", url())} dir="auto">${escape_html(data.decision.title)}</a></p> <p class="muted">${escape_html(decision_reminders_lead())}</p> `);
		if (data.members.length) {
			$$renderer.push(`<!--[0--><ul class="people svelte-1lo41im"><!--[-->`);
			const each_array = ensure_array_like(data.members);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let p = each_array[$$index];
				$$renderer.push(`<li><a${attr("href", `/@${stringify(p.handle)}`)}><bdi>${escape_html(p.name)}</bdi></a></li>`);
			}
			$$renderer.push(`<!--]--></ul> `);
			if (data.next) $$renderer.push(`<!--[0--><p><a${attr("href", `?after=${stringify(data.next)}`)}>${escape_html(decision_register_more())}</a></p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]-->`);
		} else $$renderer.push(`<!--[-1--><p>${escape_html(decision_reminders_none())}</p>`);
		$$renderer.push(`<!--]--></div>`);
	});
}
export { _page as default };
