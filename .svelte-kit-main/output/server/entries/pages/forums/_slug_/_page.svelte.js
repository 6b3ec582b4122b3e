import { S as escape_html, a as ensure_array_like, c as stringify, i as derived, o as head, x as attr } from "../../../../chunks/server.js";
import { t as comment_login_to_comment } from "../../../../chunks/comment_login_to_comment.js";
import { t as feed_link } from "../../../../chunks/feed_link.js";
import { a as forum_older, c as forum_empty, i as forum_replies, n as forum_thread, o as forum_new_thread, r as forum_start_thread, s as forum_last_activity, t as forum_threads } from "../../../../chunks/forum_threads.js";
import { n as forum_locked, t as forum_pinned } from "../../../../chunks/forum_pinned.js";
import { t as forum_title } from "../../../../chunks/forum_title.js";
import { n as post_language_label, r as post_body_label, t as post_title_label } from "../../../../chunks/post_title_label.js";
import { t as post_markdown_hint } from "../../../../chunks/post_markdown_hint.js";
import "../../../../chunks/forms.js";
import { n as failureOf } from "../../../../chunks/Alert.js";
import { t as Field } from "../../../../chunks/Field.js";
import { t as FormMessage } from "../../../../chunks/FormMessage.js";
import { t as Select } from "../../../../chunks/Select.js";
import { t as TextArea } from "../../../../chunks/TextArea.js";
import { n as formatDateTime } from "../../../../chunks/dates.js";
// src/routes/forums/[slug]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const f = derived(() => data.forum);
		const failed = derived(() => failureOf(form));
		const v = derived(() => failed()?.values ?? { language: data.locale });
		head("wcjyq5", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(f().category.name)} — ${escape_html(data.orgName)}</title>`);
			});
			$$renderer.push(`<link rel="alternate" type="application/atom+xml"${attr("href", `/feeds/forums/${stringify(f().category.slug)}.xml`)}${attr("title", feed_link())}/>`);
		});
		$$renderer.push(`<div class="container page"><p><a href="/forums">${escape_html(forum_title())}</a></p> <h1 dir="auto">${escape_html(f().category.name)}</h1> `);
		if (f().category.chapterName) $$renderer.push(`<!--[0--><p class="muted"><bdi>${escape_html(f().category.chapterName)}</bdi></p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <p dir="auto">${escape_html(f().category.description)}</p> <p><a${attr("href", `/feeds/forums/${stringify(f().category.slug)}.xml`)}>${escape_html(feed_link())}</a></p> `);
		if (f().threads.length) {
			$$renderer.push(`<!--[0--><table class="threads svelte-wcjyq5"><caption class="visually-hidden">${escape_html(forum_threads())}</caption><thead><tr><th scope="col" class="svelte-wcjyq5">${escape_html(forum_thread())}</th><th scope="col" class="svelte-wcjyq5">${escape_html(forum_replies())}</th><th scope="col" class="svelte-wcjyq5">${escape_html(forum_last_activity())}</th></tr></thead><tbody><!--[-->`);
			const each_array = ensure_array_like(f().threads);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let t = each_array[$$index];
				$$renderer.push(`<tr><td class="svelte-wcjyq5">`);
				if (t.pinned) $$renderer.push(`<!--[0--><span class="badge svelte-wcjyq5">${escape_html(forum_pinned())}</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> `);
				if (t.locked) $$renderer.push(`<!--[0--><span class="badge svelte-wcjyq5">${escape_html(forum_locked())}</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> <a${attr("href", t.url)} dir="auto" class="svelte-wcjyq5">${escape_html(t.title)}</a> <span class="muted"><bdi>${escape_html(t.displayName)}</bdi></span></td><td class="svelte-wcjyq5">${escape_html(t.commentCount)}</td><td class="svelte-wcjyq5"><time${attr("datetime", new Date(t.lastActivityAt).toISOString())}>${escape_html(formatDateTime(t.lastActivityAt, data.locale))}</time></td></tr>`);
			}
			$$renderer.push(`<!--]--></tbody></table> `);
			if (f().next) $$renderer.push(`<!--[0--><p><a class="button secondary"${attr("href", `?before=${stringify(f().next)}`)}>${escape_html(forum_older())}</a></p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]-->`);
		} else $$renderer.push(`<!--[-1--><p class="muted">${escape_html(forum_empty())}</p>`);
		$$renderer.push(`<!--]--> <section class="new-thread svelte-wcjyq5" aria-labelledby="new-thread"><h2 id="new-thread">${escape_html(forum_new_thread())}</h2> `);
		if (data.member) {
			$$renderer.push("<!--[0-->");
			FormMessage($$renderer, { form: failed() });
			$$renderer.push(`<!----> <form class="form" method="POST" novalidate="">`);
			Field($$renderer, {
				name: "title",
				label: post_title_label(),
				value: v().title,
				error: failed()?.fields.title,
				maxlength: 200
			});
			$$renderer.push(`<!----> `);
			TextArea($$renderer, {
				name: "body",
				label: post_body_label(),
				hint: post_markdown_hint(),
				rows: 8,
				value: v().body,
				error: failed()?.fields.body
			});
			$$renderer.push(`<!----> `);
			Select($$renderer, {
				name: "language",
				label: post_language_label(),
				options: data.languages.map((l) => ({
					value: l.code,
					label: l.name
				})),
				value: v().language
			});
			$$renderer.push(`<!----> <div class="form-actions"><button class="button" type="submit">${escape_html(forum_start_thread())}</button></div></form>`);
		} else $$renderer.push(`<!--[-1--><p><a${attr("href", `/login?next=/forums/${stringify(f().category.slug)}`)}>${escape_html(comment_login_to_comment())}</a></p>`);
		$$renderer.push(`<!--]--></section></div>`);
	});
}
export { _page as default };
