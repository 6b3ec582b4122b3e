import { S as escape_html, a as ensure_array_like, c as stringify, i as derived, o as head, x as attr } from "../../../chunks/server.js";
import { a as decision_filter_apply, c as decision_filter_phase, d as decision_your_drafts, f as decision_propose, h as decision_register_title, i as decision_reports_count, l as decision_filter_search, m as decision_register_lead, n as decision_closed_at, o as decision_filter_any, p as decision_register_empty, r as decision_voting_until, s as decision_filter_outcome, t as decision_is_revisit, u as decision_filter_label } from "../../../chunks/decision_is_revisit.js";
import { t as decision_register_more } from "../../../chunks/decision_register_more.js";
import { n as decision_secret_ballot, t as decision_stage_runoff } from "../../../chunks/decision_stage_runoff.js";
import { t as EmptyState } from "../../../chunks/EmptyState.js";
import { t as PhaseBadge } from "../../../chunks/PhaseBadge.js";
import { n as formatDateTime } from "../../../chunks/dates.js";
import { a as phaseLabel, i as outcomeLabel } from "../../../chunks/labels.js";
// src/routes/decisions/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const f = derived(() => data.register.filter);
		const phases = [
			"discussion",
			"amendments",
			"voting",
			"closed"
		];
		const outcomes = [
			"passes",
			"fails",
			"blocked",
			"no-quorum",
			"chosen"
		];
		function nextHref(before) {
			return `?${[...Object.entries(f()).filter(([k, v]) => v !== void 0 && k !== "before"), ["before", before]].map(([k, v]) => `${encodeURIComponent(String(k))}=${encodeURIComponent(String(v))}`).join("&")}`;
		}
		head("95cwzc", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(decision_register_title())} — ${escape_html(data.orgName)}</title>`);
			});
		});
		$$renderer.push(`<div class="container page stack"><header class="head svelte-95cwzc"><div><h1>${escape_html(decision_register_title())}</h1> <p class="muted">${escape_html(decision_register_lead())}</p></div> `);
		if (data.member) $$renderer.push(`<!--[0--><a class="button" href="/decisions/new">${escape_html(decision_propose())}</a>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></header> `);
		if (data.drafts.length) {
			$$renderer.push(`<!--[0--><section class="card stack" aria-labelledby="drafts-heading"><h2 id="drafts-heading">${escape_html(decision_your_drafts())}</h2> <ul><!--[-->`);
			const each_array = ensure_array_like(data.drafts);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let d = each_array[$$index];
				$$renderer.push(`<li><a${attr("href", `/decisions/${stringify(d.id)}-${stringify(d.slug)}`)} dir="auto">${escape_html(d.title)}</a></li>`);
			}
			$$renderer.push(`<!--]--></ul></section>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <form method="GET" class="filters svelte-95cwzc" role="search"${attr("aria-label", decision_filter_label())}><label class="svelte-95cwzc"><span>${escape_html(decision_filter_search())}</span> <input type="search" name="q"${attr("value", f().q ?? "")} dir="auto"/></label> <label class="svelte-95cwzc"><span>${escape_html(decision_filter_phase())}</span> <select name="phase">`);
		$$renderer.option({ value: "" }, ($$renderer) => {
			$$renderer.push(`${escape_html(decision_filter_any())}`);
		});
		$$renderer.push(`<!--[-->`);
		const each_array_1 = ensure_array_like(phases);
		for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
			let p = each_array_1[$$index_1];
			$$renderer.option({
				value: p,
				selected: f().phase === p
			}, ($$renderer) => {
				$$renderer.push(`${escape_html(phaseLabel(p))}`);
			});
		}
		$$renderer.push(`<!--]--></select></label> <label class="svelte-95cwzc"><span>${escape_html(decision_filter_outcome())}</span> <select name="outcome">`);
		$$renderer.option({ value: "" }, ($$renderer) => {
			$$renderer.push(`${escape_html(decision_filter_any())}`);
		});
		$$renderer.push(`<!--[-->`);
		const each_array_2 = ensure_array_like(outcomes);
		for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
			let o = each_array_2[$$index_2];
			$$renderer.option({
				value: o,
				selected: f().outcome === o
			}, ($$renderer) => {
				$$renderer.push(`${escape_html(outcomeLabel(o))}`);
			});
		}
		$$renderer.push(`<!--]--></select></label> `);
		if (f().scope) $$renderer.push(`<!--[0--><input type="hidden" name="scope"${attr("value", f().scope)}/>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <button class="button" type="submit">${escape_html(decision_filter_apply())}</button></form> `);
		if (data.register.decisions.length) {
			$$renderer.push(`<!--[0--><ol class="register svelte-95cwzc"><!--[-->`);
			const each_array_3 = ensure_array_like(data.register.decisions);
			for (let $$index_3 = 0, $$length = each_array_3.length; $$index_3 < $$length; $$index_3++) {
				let d = each_array_3[$$index_3];
				$$renderer.push(`<li class="card"><h2 class="title svelte-95cwzc"><a${attr("href", `/decisions/${stringify(d.id)}-${stringify(d.slug)}`)} dir="auto">${escape_html(d.title)}</a></h2> <p class="meta svelte-95cwzc">`);
				PhaseBadge($$renderer, {
					phase: d.phase,
					outcome: d.outcome
				});
				$$renderer.push(`<!----> `);
				if (d.scope) $$renderer.push(`<!--[0--><a${attr("href", `?scope=${stringify(d.scope.ref)}`)}>${escape_html(d.scope.name)}</a>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> `);
				if (d.stage === "runoff") $$renderer.push(`<!--[0--><span>${escape_html(decision_stage_runoff())}</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> `);
				if (d.revisitOfId) $$renderer.push(`<!--[0--><span>${escape_html(decision_is_revisit())}</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> `);
				if (d.secret) $$renderer.push(`<!--[0--><span>${escape_html(decision_secret_ballot())}</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> `);
				if (d.reports) $$renderer.push(`<!--[0--><span>${escape_html(decision_reports_count({ count: d.reports }))}</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> `);
				if (d.phase === "voting" && d.votingEndsAt) $$renderer.push(`<!--[0--><span>${escape_html(decision_voting_until({ at: formatDateTime(d.votingEndsAt, data.locale, data.timeZone) }))}</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> `);
				if (d.closedAt) $$renderer.push(`<!--[0--><span>${escape_html(decision_closed_at({ at: formatDateTime(d.closedAt, data.locale, data.timeZone) }))}</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></p> `);
				if (d.summary) $$renderer.push(`<!--[0--><p dir="auto">${escape_html(d.summary)}</p>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></li>`);
			}
			$$renderer.push(`<!--]--></ol> `);
			if (data.register.next) $$renderer.push(`<!--[0--><p><a${attr("href", nextHref(data.register.next))}>${escape_html(decision_register_more())}</a></p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]-->`);
		} else {
			$$renderer.push("<!--[-1-->");
			EmptyState($$renderer, { title: decision_register_empty() });
		}
		$$renderer.push(`<!--]--></div>`);
	});
}
export { _page as default };
