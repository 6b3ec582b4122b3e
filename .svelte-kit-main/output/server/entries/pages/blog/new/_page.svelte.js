import { S as escape_html, i as derived, o as head } from "../../../../chunks/server.js";
import { t as post_new_title } from "../../../../chunks/post_new_title.js";
import { n as failureOf } from "../../../../chunks/Alert.js";
import { t as PostForm } from "../../../../chunks/PostForm.js";
// src/routes/blog/new/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const failed = derived(() => failureOf(form));
		head("1cqvo5i", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(post_new_title())} — ${escape_html(data.orgName)}</title>`);
			});
		});
		$$renderer.push(`<div class="container narrow page"><h1>${escape_html(post_new_title())}</h1> `);
		PostForm($$renderer, {
			values: failed()?.values ?? { language: data.locale },
			failed: failed(),
			languages: data.languages,
			chapters: data.chapters,
			canWriteForOrganisation: data.canWriteForOrganisation
		});
		$$renderer.push(`<!----></div>`);
	});
}
export { _page as default };
