import { S as escape_html, a as ensure_array_like, c as stringify, o as head, x as attr } from "../../../../../chunks/server.js";
import { t as comment_deleted } from "../../../../../chunks/comment_deleted.js";
import { t as comment_history_title } from "../../../../../chunks/comment_history_title.js";
import { t as post_back } from "../../../../../chunks/post_back.js";
import { t as post_version_heading } from "../../../../../chunks/post_version_heading.js";
import { t as Prose } from "../../../../../chunks/Prose.js";
import { n as formatDateTime } from "../../../../../chunks/dates.js";
// src/routes/comments/[id]/history/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		head("qknwy4", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(comment_history_title())} — ${escape_html(data.orgName)}</title>`);
			});
		});
		$$renderer.push(`<div class="container page"><h1>${escape_html(comment_history_title())}</h1> <p><a${attr("href", `${stringify(data.url)}#comment-${stringify(data.id)}`)}>${escape_html(post_back())}</a></p> `);
		const each_array = ensure_array_like(data.versions);
		if (each_array.length !== 0) {
			$$renderer.push("<!--[-->");
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let v = each_array[$$index];
				$$renderer.push(`<section class="card version svelte-qknwy4"${attr("aria-labelledby", `v${stringify(v.version)}`)}><h2${attr("id", `v${stringify(v.version)}`)}>${escape_html(post_version_heading({
					version: v.version,
					date: formatDateTime(v.createdAt, data.locale, data.timeZone)
				}))}</h2> `);
				Prose($$renderer, { html: v.html });
				$$renderer.push(`<!----></section>`);
			}
		} else $$renderer.push(`<!--[!--><p class="muted">${escape_html(comment_deleted())}</p>`);
		$$renderer.push(`<!--]--></div>`);
	});
}
export { _page as default };
