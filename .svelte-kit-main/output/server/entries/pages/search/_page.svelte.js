import { S as escape_html, a as ensure_array_like, o as head, u as html, x as attr } from "../../../chunks/server.js";
import { a as search_label, c as search_kind_comment, i as search_none, n as search_submit, o as search_kind_thread, r as search_results_for, s as search_kind_post, t as search_title } from "../../../chunks/search_title.js";
import { t as formatDate } from "../../../chunks/dates.js";
// src/routes/search/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const kindLabel = {
			post: search_kind_post,
			thread: search_kind_thread,
			comment: search_kind_comment
		};
		head("e12qt1", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(data.q ? search_results_for({ q: data.q }) : search_title())} — ${escape_html(data.orgName)}</title>`);
			});
		});
		$$renderer.push(`<div class="container page"><h1>${escape_html(search_title())}</h1> <form class="search svelte-e12qt1" method="GET" role="search"><label for="q" class="visually-hidden">${escape_html(search_label())}</label> <input id="q" name="q" type="search"${attr("value", data.q)} maxlength="200" dir="auto" class="svelte-e12qt1"/> <button class="button" type="submit">${escape_html(search_submit())}</button></form> `);
		if (data.q) {
			$$renderer.push(`<!--[0--><h2>${escape_html(search_results_for({ q: data.q }))}</h2> `);
			if (data.hits.length) {
				$$renderer.push(`<!--[0--><ol class="hits svelte-e12qt1"><!--[-->`);
				const each_array = ensure_array_like(data.hits);
				for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
					let hit = each_array[$$index];
					$$renderer.push(`<li class="svelte-e12qt1"><p class="kind muted svelte-e12qt1">${escape_html(kindLabel[hit.kind]())} · <time${attr("datetime", new Date(hit.at).toISOString())}>${escape_html(formatDate(hit.at, data.locale))}</time></p> <h3 class="svelte-e12qt1"><a${attr("href", hit.url)} dir="auto">${escape_html(hit.title)}</a></h3> <p dir="auto">${html(hit.snippet)}</p></li>`);
				}
				$$renderer.push(`<!--]--></ol>`);
			} else $$renderer.push(`<!--[-1--><p class="muted">${escape_html(search_none())}</p>`);
			$$renderer.push(`<!--]-->`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div>`);
	});
}
export { _page as default };
