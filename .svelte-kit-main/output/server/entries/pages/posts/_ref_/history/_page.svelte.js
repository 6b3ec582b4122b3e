import { S as escape_html, a as ensure_array_like, c as stringify, i as derived, o as head, x as attr } from "../../../../../chunks/server.js";
import { t as post_back } from "../../../../../chunks/post_back.js";
import { t as post_history_title } from "../../../../../chunks/post_history_title.js";
import { t as post_version_heading } from "../../../../../chunks/post_version_heading.js";
import { t as Prose } from "../../../../../chunks/Prose.js";
import { n as formatDateTime } from "../../../../../chunks/dates.js";
// src/routes/posts/[ref]/history/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const h = derived(() => data.history);
		head("1bxj4vt", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(post_history_title())} — ${escape_html(data.orgName)}</title>`);
			});
		});
		$$renderer.push(`<div class="container page"><h1>${escape_html(post_history_title())}</h1> <p><a${attr("href", h().post.url)}>${escape_html(post_back())}</a></p> <!--[-->`);
		const each_array = ensure_array_like(h().versions);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let v = each_array[$$index];
			$$renderer.push(`<section class="card version svelte-1bxj4vt"${attr("aria-labelledby", `v${stringify(v.version)}`)}><h2${attr("id", `v${stringify(v.version)}`)}>${escape_html(post_version_heading({
				version: v.version,
				date: formatDateTime(v.createdAt, data.locale, data.timeZone)
			}))}</h2> <p class="muted" dir="auto">${escape_html(v.title)}</p> `);
			Prose($$renderer, {
				html: v.html,
				lang: h().post.language
			});
			$$renderer.push(`<!----></section>`);
		}
		$$renderer.push(`<!--]--></div>`);
	});
}
export { _page as default };
