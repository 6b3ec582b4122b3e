import { S as escape_html, a as ensure_array_like, c as stringify, i as derived, o as head, x as attr } from "../../../chunks/server.js";
import { C as onboarding_title, S as onboarding_intro, _ as onboarding_chapter_title, a as onboarding_privacy, b as onboarding_lapsed_text, c as onboarding_intro_text, d as onboarding_near_none, f as onboarding_near_title, g as onboarding_chapter_text, h as onboarding_no_chapter, i as onboarding_projects_title, l as onboarding_intro_title, m as onboarding_other_chapters, n as onboarding_decisions_title, o as onboarding_see_profile, p as onboarding_all_chapters, r as onboarding_projects_empty, s as onboarding_edit_profile, t as onboarding_decisions_empty, u as onboarding_directory, v as onboarding_reactivated, x as onboarding_lapsed_title, y as onboarding_reactivate } from "../../../chunks/onboarding_decisions_empty.js";
import "../../../chunks/forms.js";
import { n as failureOf, r as succeeded, t as Alert } from "../../../chunks/Alert.js";
import { t as EmptyState } from "../../../chunks/EmptyState.js";
import { t as FormMessage } from "../../../chunks/FormMessage.js";
// src/routes/welcome/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const home = derived(() => data.chapters.find((c) => c.home) ?? null);
		head("1m5shf", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(onboarding_title())} — ${escape_html(data.orgName)}</title>`);
			});
		});
		$$renderer.push(`<div class="container page stack"><h1>${escape_html(onboarding_title())}</h1> <p>${escape_html(onboarding_intro({ name: data.orgName }))}</p> `);
		if (succeeded(form, "reactivated")) {
			$$renderer.push("<!--[0-->");
			Alert($$renderer, {
				kind: "success",
				children: ($$renderer) => {
					$$renderer.push(`<p>${escape_html(onboarding_reactivated())}</p>`);
				},
				$$slots: { default: true }
			});
		} else if (data.lapsed) {
			$$renderer.push(`<!--[1--><section class="card stack" aria-labelledby="lapsed"><h2 id="lapsed">${escape_html(onboarding_lapsed_title())}</h2> <p>${escape_html(onboarding_lapsed_text())}</p> `);
			FormMessage($$renderer, { form: failureOf(form) });
			$$renderer.push(`<!----> <form method="POST" action="?/reactivate"><button class="button" type="submit">${escape_html(onboarding_reactivate())}</button></form></section>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <ol class="steps svelte-1m5shf"><li class="card stack"><h2 class="svelte-1m5shf">${escape_html(onboarding_chapter_title())}</h2> `);
		if (home()) $$renderer.push(`<!--[0--><p>${escape_html(onboarding_chapter_text())} <a${attr("href", `/chapters/${stringify(home().slug)}`)} dir="auto">${escape_html(home().displayName)}</a></p>`);
		else $$renderer.push(`<!--[-1--><p>${escape_html(onboarding_no_chapter())}</p>`);
		$$renderer.push(`<!--]--> `);
		if (data.chapters.length > 1) {
			$$renderer.push(`<!--[0--><p>${escape_html(onboarding_other_chapters())}</p> <ul><!--[-->`);
			const each_array = ensure_array_like(data.chapters.filter((c) => !c.home));
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let c = each_array[$$index];
				$$renderer.push(`<li><a${attr("href", `/chapters/${stringify(c.slug)}`)} dir="auto">${escape_html(c.displayName)}</a></li>`);
			}
			$$renderer.push(`<!--]--></ul>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <p><a href="/chapters">${escape_html(onboarding_all_chapters())}</a></p></li> <li class="card stack"><h2 class="svelte-1m5shf">${escape_html(onboarding_near_title())}</h2> `);
		if (data.near.length) {
			$$renderer.push(`<!--[0--><ul class="people svelte-1m5shf"><!--[-->`);
			const each_array_1 = ensure_array_like(data.near);
			for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
				let p = each_array_1[$$index_1];
				$$renderer.push(`<li class="svelte-1m5shf"><a${attr("href", `/@${stringify(p.handle)}`)} dir="auto">${escape_html(p.name)}</a> `);
				if (p.city) $$renderer.push(`<!--[0--><span class="muted" dir="auto">${escape_html(p.city)}</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></li>`);
			}
			$$renderer.push(`<!--]--></ul>`);
		} else {
			$$renderer.push("<!--[-1-->");
			EmptyState($$renderer, { title: onboarding_near_none() });
		}
		$$renderer.push(`<!--]--> <p><a href="/members">${escape_html(onboarding_directory())}</a></p></li> <li class="card stack"><h2 class="svelte-1m5shf">${escape_html(onboarding_intro_title())}</h2> <p>${escape_html(onboarding_intro_text())}</p> <p><a href="/settings">${escape_html(onboarding_edit_profile())}</a> · <a${attr("href", `/@${stringify(data.handle)}`)}>${escape_html(onboarding_see_profile())}</a> · <a href="/settings/privacy">${escape_html(onboarding_privacy())}</a></p></li> <li class="card stack"><h2 class="svelte-1m5shf">${escape_html(onboarding_projects_title())}</h2> <p class="muted">${escape_html(onboarding_projects_empty())}</p></li> <li class="card stack"><h2 class="svelte-1m5shf">${escape_html(onboarding_decisions_title())}</h2> <p class="muted">${escape_html(onboarding_decisions_empty())}</p></li></ol></div>`);
	});
}
export { _page as default };
