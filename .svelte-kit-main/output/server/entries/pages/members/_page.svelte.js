import { S as escape_html, a as ensure_array_like, c as stringify, i as derived, o as head, x as attr } from "../../../chunks/server.js";
import { _ as directory_title, a as directory_none, c as directory_clear, d as directory_language, f as directory_country, g as directory_intro, h as directory_search_label, i as directory_pages, l as directory_search, m as directory_query, n as directory_next_page, o as directory_results, p as directory_query_hint, r as directory_first_page, s as directory_in_chapter, t as directory_privacy_note, u as directory_any } from "../../../chunks/directory_privacy_note.js";
import { t as EmptyState } from "../../../chunks/EmptyState.js";
import { t as Field } from "../../../chunks/Field.js";
import { t as Select } from "../../../chunks/Select.js";
// src/routes/members/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const f = derived(() => data.filters);
		head("l8gcuk", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(directory_title())} — ${escape_html(data.orgName)}</title>`);
			});
		});
		$$renderer.push(`<div class="container page stack"><h1>${escape_html(directory_title())}</h1> <p>${escape_html(directory_intro())}</p> <form class="filters svelte-l8gcuk" method="GET" role="search"${attr("aria-label", directory_search_label())}>`);
		Field($$renderer, {
			name: "q",
			type: "search",
			label: directory_query(),
			hint: directory_query_hint(),
			value: f().q,
			maxlength: 100
		});
		$$renderer.push(`<!----> `);
		Select($$renderer, {
			name: "country",
			label: directory_country(),
			placeholder: directory_any(),
			options: data.countries.map((c) => ({
				value: c.code,
				label: c.name
			})),
			value: f().country
		});
		$$renderer.push(`<!----> `);
		Select($$renderer, {
			name: "language",
			label: directory_language(),
			placeholder: directory_any(),
			options: data.languages.map((l) => ({
				value: l.code,
				label: l.name
			})),
			value: f().language
		});
		$$renderer.push(`<!----> `);
		if (f().chapter) $$renderer.push(`<!--[0--><input type="hidden" name="chapter"${attr("value", f().chapter)}/>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <div class="form-actions"><button class="button" type="submit">${escape_html(directory_search())}</button> <a href="/members">${escape_html(directory_clear())}</a></div></form> `);
		if (data.chapter) $$renderer.push(`<!--[0--><p>${escape_html(directory_in_chapter())} <a${attr("href", `/chapters/${stringify(data.chapter.slug)}`)} dir="auto">${escape_html(data.chapter.name)}</a></p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <section aria-labelledby="results" class="stack"><h2 id="results" class="visually-hidden">${escape_html(directory_results())}</h2> `);
		if (data.entries.length) {
			$$renderer.push(`<!--[0--><ul class="results svelte-l8gcuk"><!--[-->`);
			const each_array = ensure_array_like(data.entries);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let e = each_array[$$index];
				$$renderer.push(`<li class="card svelte-l8gcuk"><a class="name svelte-l8gcuk"${attr("href", `/@${stringify(e.handle)}`)} dir="auto">${escape_html(e.name)}</a> <span class="muted" dir="ltr">@${escape_html(e.handle)}</span> <span dir="auto">${escape_html(e.city ? `${e.city}, ${e.countryName}` : e.countryName)}</span> `);
				if (e.languageNames.length) $$renderer.push(`<!--[0--><span class="muted">${escape_html(e.languageNames.join(", "))}</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></li>`);
			}
			$$renderer.push(`<!--]--></ul>`);
		} else {
			$$renderer.push("<!--[-1-->");
			EmptyState($$renderer, { title: directory_none() });
		}
		$$renderer.push(`<!--]--> <nav class="pager svelte-l8gcuk"${attr("aria-label", directory_pages())}>`);
		if (data.paged) $$renderer.push(`<!--[0--><a${attr("href", `?${stringify(new URLSearchParams(Object.entries(f()).filter(([, v]) => v)).toString())}`)}>${escape_html(directory_first_page())}</a>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.next) $$renderer.push(`<!--[0--><a rel="next"${attr("href", data.next)}>${escape_html(directory_next_page())}</a>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></nav> <p class="muted">${escape_html(directory_privacy_note())}</p></section></div>`);
	});
}
export { _page as default };
