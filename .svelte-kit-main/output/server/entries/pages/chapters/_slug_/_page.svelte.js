import { S as escape_html, a as ensure_array_like, c as stringify, i as derived, o as head, x as attr } from "../../../../chunks/server.js";
import { n as chapter_list_title, t as chapter_active } from "../../../../chunks/chapter_active.js";
import { A as chapter_default_description, C as chapter_not_member, D as chapter_moved, E as chapter_your_standing, F as chapter_breadcrumb_label, M as chapter_kind_region, N as chapter_kind_country, O as chapter_left, P as chapter_kind_organisation, S as chapter_move_here, T as chapter_is_home, _ as chapter_stat_active, a as chapter_news_empty, b as chapter_leave, c as chapter_facilitators, d as chapter_all_people, f as chapter_people, g as chapter_stat_new, h as chapter_active_rule, i as chapter_projects, j as chapter_kind_local, k as chapter_joined, l as chapter_privacy_note, m as chapter_growth, n as chapter_decisions, o as chapter_news, p as chapter_local_chapters, r as chapter_projects_empty, s as chapter_no_facilitators, t as chapter_decisions_empty, u as chapter_no_people, v as chapter_stat_members, w as chapter_is_member, x as chapter_join_also, y as chapter_stats } from "../../../../chunks/chapter_decisions_empty.js";
import "../../../../chunks/forms.js";
import { n as failureOf, r as succeeded, t as Alert } from "../../../../chunks/Alert.js";
import { n as Figures, t as GrowthTable } from "../../../../chunks/GrowthTable.js";
import { t as EmptyState } from "../../../../chunks/EmptyState.js";
import { t as FormMessage } from "../../../../chunks/FormMessage.js";
// src/routes/chapters/[slug]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const c = derived(() => data.chapter);
		const failed = derived(() => failureOf(form));
		const kindLabel = derived(() => c().kind === "organisation" ? chapter_kind_organisation() : c().kind === "country" ? chapter_kind_country() : c().kind === "region" ? chapter_kind_region() : chapter_kind_local());
		head("tn9o8t", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(c().displayName)} — ${escape_html(data.orgName)}</title>`);
			});
		});
		$$renderer.push(`<div class="container page stack"><nav${attr("aria-label", chapter_breadcrumb_label())} class="crumbs svelte-tn9o8t"><a href="/chapters">${escape_html(chapter_list_title())}</a> `);
		if (data.parent && data.parent.kind !== "organisation") $$renderer.push(`<!--[0--><span aria-hidden="true">/</span> <a${attr("href", `/chapters/${stringify(data.parent.slug)}`)}>${escape_html(data.parent.displayName)}</a>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></nav> <header class="stack"><h1 dir="auto" class="svelte-tn9o8t">${escape_html(c().displayName)}</h1> <p class="muted">${escape_html(kindLabel())}${escape_html(c().kind === "local" && c().countryName ? ` · ${c().countryName}` : "")} `);
		if (data.stats.isActive) $$renderer.push(`<!--[0--><span class="badge svelte-tn9o8t">${escape_html(chapter_active())}</span>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></p> `);
		if (c().description) $$renderer.push(`<!--[0--><p dir="auto">${escape_html(c().description)}</p>`);
		else $$renderer.push(`<!--[-1--><p>${escape_html(chapter_default_description({ name: c().displayName }))}</p>`);
		$$renderer.push(`<!--]--></header> `);
		if (succeeded(form, "joined")) {
			$$renderer.push("<!--[0-->");
			Alert($$renderer, {
				kind: "success",
				children: ($$renderer) => {
					$$renderer.push(`<p>${escape_html(chapter_joined())}</p>`);
				},
				$$slots: { default: true }
			});
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (succeeded(form, "left")) {
			$$renderer.push("<!--[0-->");
			Alert($$renderer, {
				kind: "success",
				children: ($$renderer) => {
					$$renderer.push(`<p>${escape_html(chapter_left())}</p>`);
				},
				$$slots: { default: true }
			});
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (succeeded(form, "moved")) {
			$$renderer.push("<!--[0-->");
			Alert($$renderer, {
				kind: "success",
				children: ($$renderer) => {
					$$renderer.push(`<p>${escape_html(chapter_moved())}</p>`);
				},
				$$slots: { default: true }
			});
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		FormMessage($$renderer, { form: failed() });
		$$renderer.push(`<!----> `);
		if (data.signedIn && c().kind !== "organisation") {
			$$renderer.push(`<!--[0--><section class="card stack" aria-labelledby="standing"><h2 id="standing">${escape_html(chapter_your_standing())}</h2> <p>${escape_html(data.viewer.isHome ? chapter_is_home() : data.viewer.isMember ? chapter_is_member() : chapter_not_member())}</p> <div class="actions svelte-tn9o8t">`);
			if (data.viewer.canMove) $$renderer.push(`<!--[0--><form method="POST" action="?/move"><input type="hidden" name="chapter"${attr("value", c().id)}/> <button class="button" type="submit">${escape_html(chapter_move_here())}</button></form>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (data.viewer.canJoin) $$renderer.push(`<!--[0--><form method="POST" action="?/join"><input type="hidden" name="chapter"${attr("value", c().id)}/> <button class="button secondary" type="submit">${escape_html(chapter_join_also())}</button></form>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (data.viewer.canLeave) $$renderer.push(`<!--[0--><form method="POST" action="?/leave"><input type="hidden" name="chapter"${attr("value", c().id)}/> <button class="button secondary" type="submit">${escape_html(chapter_leave())}</button></form>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></div></section>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <section aria-labelledby="stats" class="stack"><h2 id="stats">${escape_html(chapter_stats())}</h2> `);
		Figures($$renderer, {
			locale: data.locale,
			items: [
				{
					label: chapter_stat_members(),
					value: data.stats.members
				},
				{
					label: chapter_stat_active(),
					value: data.stats.active
				},
				{
					label: chapter_stat_new(),
					value: data.stats.joinedLast90Days
				}
			]
		});
		$$renderer.push(`<!----> <p class="muted">${escape_html(chapter_active_rule({ threshold: data.stats.activeThreshold }))}</p> `);
		if (data.stats.growth.length) {
			$$renderer.push("<!--[0-->");
			GrowthTable($$renderer, {
				growth: data.stats.growth,
				caption: chapter_growth(),
				locale: data.locale
			});
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></section> `);
		if (data.children.length) {
			$$renderer.push(`<!--[0--><section aria-labelledby="children" class="stack"><h2 id="children">${escape_html(chapter_local_chapters())}</h2> <ul class="inline-list svelte-tn9o8t"><!--[-->`);
			const each_array = ensure_array_like(data.children);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let child = each_array[$$index];
				$$renderer.push(`<li><a${attr("href", `/chapters/${stringify(child.slug)}`)} dir="auto">${escape_html(child.displayName)}</a></li>`);
			}
			$$renderer.push(`<!--]--></ul></section>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <section aria-labelledby="people" class="stack"><h2 id="people">${escape_html(chapter_people())}</h2> `);
		if (data.members.length) {
			$$renderer.push(`<!--[0--><ul class="people svelte-tn9o8t"><!--[-->`);
			const each_array_1 = ensure_array_like(data.members);
			for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
				let person = each_array_1[$$index_1];
				$$renderer.push(`<li class="svelte-tn9o8t"><a${attr("href", `/@${stringify(person.handle)}`)} dir="auto">${escape_html(person.name)}</a> `);
				if (person.city) $$renderer.push(`<!--[0--><span class="muted" dir="auto">${escape_html(person.city)}</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></li>`);
			}
			$$renderer.push(`<!--]--></ul> <p><a${attr("href", `/members?chapter=${stringify(encodeURIComponent(c().slug))}`)}>${escape_html(chapter_all_people())}</a></p>`);
		} else {
			$$renderer.push("<!--[-1-->");
			EmptyState($$renderer, { title: chapter_no_people() });
		}
		$$renderer.push(`<!--]--> <p class="muted">${escape_html(chapter_privacy_note())}</p></section> <section aria-labelledby="facilitators" class="stack"><h2 id="facilitators">${escape_html(chapter_facilitators())}</h2> `);
		if (data.facilitators.length) {
			$$renderer.push(`<!--[0--><ul><!--[-->`);
			const each_array_2 = ensure_array_like(data.facilitators);
			for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
				let f = each_array_2[$$index_2];
				$$renderer.push(`<li><a${attr("href", `/@${stringify(f.handle)}`)}>${escape_html(f.name)}</a></li>`);
			}
			$$renderer.push(`<!--]--></ul>`);
		} else {
			$$renderer.push("<!--[-1-->");
			EmptyState($$renderer, { title: chapter_no_facilitators() });
		}
		$$renderer.push(`<!--]--></section> <div class="later svelte-tn9o8t"><section aria-labelledby="news" class="card"><h2 id="news" class="svelte-tn9o8t">${escape_html(chapter_news())}</h2> <p class="muted">${escape_html(chapter_news_empty())}</p></section> <section aria-labelledby="projects" class="card"><h2 id="projects" class="svelte-tn9o8t">${escape_html(chapter_projects())}</h2> <p class="muted">${escape_html(chapter_projects_empty())}</p></section> <section aria-labelledby="decisions" class="card"><h2 id="decisions" class="svelte-tn9o8t">${escape_html(chapter_decisions())}</h2> <p class="muted">${escape_html(chapter_decisions_empty())}</p></section></div></div>`);
	});
}
export { _page as default };
