import { S as escape_html, c as stringify, i as derived, o as head, x as attr } from "../../../../../chunks/server.js";
import { t as comment_body_label } from "../../../../../chunks/comment_body_label.js";
import { n as comment_edit_kept, r as comment_cancel, t as comment_edit_title } from "../../../../../chunks/comment_edit_title.js";
import { t as post_markdown_hint } from "../../../../../chunks/post_markdown_hint.js";
import { t as post_save } from "../../../../../chunks/post_save.js";
import "../../../../../chunks/forms.js";
import { n as failureOf } from "../../../../../chunks/Alert.js";
import { t as FormMessage } from "../../../../../chunks/FormMessage.js";
import { t as TextArea } from "../../../../../chunks/TextArea.js";
// src/routes/comments/[id]/edit/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const failed = derived(() => failureOf(form));
		head("1124mbm", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(comment_edit_title())} — ${escape_html(data.orgName)}</title>`);
			});
		});
		$$renderer.push(`<div class="container narrow page"><h1>${escape_html(comment_edit_title())}</h1> <p class="muted">${escape_html(comment_edit_kept())}</p> `);
		FormMessage($$renderer, { form: failed() });
		$$renderer.push(`<!----> <form class="form" method="POST" novalidate="">`);
		TextArea($$renderer, {
			name: "body",
			label: comment_body_label(),
			hint: post_markdown_hint(),
			rows: 8,
			value: failed()?.values.body ?? data.comment.body,
			error: failed()?.fields.body
		});
		$$renderer.push(`<!----> <div class="form-actions"><button class="button" type="submit">${escape_html(post_save())}</button> <a${attr("href", `${stringify(data.comment.url)}#comment-${stringify(data.comment.id)}`)}>${escape_html(comment_cancel())}</a></div></form></div>`);
	});
}
export { _page as default };
