import { S as escape_html, a as ensure_array_like, c as stringify, i as derived, o as head, x as attr } from "../../../chunks/server.js";
import { i as forum_chapters, n as forum_organisation, r as forum_intro, t as forum_thread_count } from "../../../chunks/forum_thread_count.js";
import { t as forum_title } from "../../../chunks/forum_title.js";
// src/routes/forums/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const organisation = derived(() => data.categories.filter((c) => !c.chapterName));
		const chapters = derived(() => data.categories.filter((c) => c.chapterName));
		head("1cy0osr", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(forum_title())} — ${escape_html(data.orgName)}</title>`);
			});
		});
		$$renderer.push(`<div class="container page"><h1>${escape_html(forum_title())}</h1> <p class="muted">${escape_html(forum_intro())}</p> <!--[-->`);
		const each_array = ensure_array_like([{
			heading: forum_organisation(),
			list: organisation(),
			id: "org"
		}, {
			heading: forum_chapters(),
			list: chapters(),
			id: "chapters"
		}]);
		for (let $$index_1 = 0, $$length = each_array.length; $$index_1 < $$length; $$index_1++) {
			let group = each_array[$$index_1];
			if (group.list.length) {
				$$renderer.push(`<!--[0--><section${attr("aria-labelledby", `forums-${stringify(group.id)}`)}><h2${attr("id", `forums-${stringify(group.id)}`)}>${escape_html(group.heading)}</h2> <ul class="categories svelte-1cy0osr"><!--[-->`);
				const each_array_1 = ensure_array_like(group.list);
				for (let $$index = 0, $$length = each_array_1.length; $$index < $$length; $$index++) {
					let c = each_array_1[$$index];
					$$renderer.push(`<li class="card"><h3 class="svelte-1cy0osr"><a${attr("href", `/forums/${stringify(c.slug)}`)} dir="auto">${escape_html(c.name)}</a></h3> `);
					if (c.chapterName) $$renderer.push(`<!--[0--><p class="muted"><bdi>${escape_html(c.chapterName)}</bdi></p>`);
					else $$renderer.push("<!--[-1-->");
					$$renderer.push(`<!--]--> <p dir="auto">${escape_html(c.description)}</p> <p class="muted">${escape_html(forum_thread_count({ count: c.threads }))}</p></li>`);
				}
				$$renderer.push(`<!--]--></ul></section>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]-->`);
		}
		$$renderer.push(`<!--]--></div>`);
	});
}
export { _page as default };
