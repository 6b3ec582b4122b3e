import { S as escape_html, a as ensure_array_like, c as stringify, i as derived, o as head, x as attr } from "../../../chunks/server.js";
import { n as chapter_list_title, t as chapter_active } from "../../../chunks/chapter_active.js";
import { n as chapter_list_empty, r as chapter_list_intro, t as chapter_member_count } from "../../../chunks/chapter_member_count.js";
import { t as EmptyState } from "../../../chunks/EmptyState.js";
// src/routes/chapters/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const nf = derived(() => new Intl.NumberFormat(data.locale));
		head("11eggxr", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(chapter_list_title())} — ${escape_html(data.orgName)}</title>`);
			});
		});
		$$renderer.push(`<div class="container page stack"><h1>${escape_html(chapter_list_title())}</h1> <p class="lead">${escape_html(chapter_list_intro({ threshold: data.activeThreshold }))}</p> `);
		if (data.chapters.length === 0) {
			$$renderer.push("<!--[0-->");
			EmptyState($$renderer, { title: chapter_list_empty() });
		} else {
			$$renderer.push(`<!--[-1--><ul class="countries svelte-11eggxr"><!--[-->`);
			const each_array = ensure_array_like(data.chapters);
			for (let $$index_1 = 0, $$length = each_array.length; $$index_1 < $$length; $$index_1++) {
				let country = each_array[$$index_1];
				$$renderer.push(`<li class="card"><h2 class="svelte-11eggxr"><a${attr("href", `/chapters/${stringify(country.slug)}`)}>${escape_html(country.displayName)}</a></h2> <p class="muted">${escape_html(chapter_member_count({ count: nf().format(country.members) }))} `);
				if (country.isActive) $$renderer.push(`<!--[0--><span class="badge svelte-11eggxr">${escape_html(chapter_active())}</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></p> `);
				if (country.children.length) {
					$$renderer.push(`<!--[0--><ul class="locals svelte-11eggxr"><!--[-->`);
					const each_array_1 = ensure_array_like(country.children);
					for (let $$index = 0, $$length = each_array_1.length; $$index < $$length; $$index++) {
						let local = each_array_1[$$index];
						$$renderer.push(`<li><a${attr("href", `/chapters/${stringify(local.slug)}`)} dir="auto">${escape_html(local.displayName)}</a> <span class="muted">(${escape_html(nf().format(local.members))})</span> `);
						if (local.isActive) $$renderer.push(`<!--[0--><span class="badge svelte-11eggxr">${escape_html(chapter_active())}</span>`);
						else $$renderer.push("<!--[-1-->");
						$$renderer.push(`<!--]--></li>`);
					}
					$$renderer.push(`<!--]--></ul>`);
				} else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></li>`);
			}
			$$renderer.push(`<!--]--></ul>`);
		}
		$$renderer.push(`<!--]--></div>`);
	});
}
export { _page as default };
