import { S as escape_html, i as derived, o as head, x as attr } from "../../../../../chunks/server.js";
import { t as post_back } from "../../../../../chunks/post_back.js";
import { t as post_edit_title } from "../../../../../chunks/post_edit_title.js";
import { n as failureOf } from "../../../../../chunks/Alert.js";
import { t as PostForm } from "../../../../../chunks/PostForm.js";
// src/routes/posts/[ref]/edit/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const failed = derived(() => failureOf(form));
		head("16lr3lf", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(post_edit_title())} — ${escape_html(data.orgName)}</title>`);
			});
		});
		$$renderer.push(`<div class="container narrow page"><h1>${escape_html(post_edit_title())}</h1> <p><a${attr("href", data.post.url)}>${escape_html(post_back())}</a></p> `);
		PostForm($$renderer, {
			values: failed()?.values ?? data.post,
			failed: failed(),
			languages: data.languages,
			editing: true,
			published: data.post.status === "published"
		});
		$$renderer.push(`<!----></div>`);
	});
}
export { _page as default };
