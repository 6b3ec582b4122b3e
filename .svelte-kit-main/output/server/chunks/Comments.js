import { S as escape_html, a as ensure_array_like, c as stringify, i as derived, n as attr_style, x as attr } from "./server.js";
import { _ as comment_cancel_reply, a as comment_reply_to, c as comment_none, d as comment_heading, f as comment_first_page, g as comment_collapsed, h as comment_delete, i as comment_show_more, l as comment_locked, m as comment_edit, n as comment_submit, o as comment_reply, p as comment_edited, r as comment_slow_mode, s as comment_quote, t as flag_link, u as comment_in_reply_to, v as comment_by, y as comment_add } from "./flag_link.js";
import { t as comment_body_label } from "./comment_body_label.js";
import { t as comment_deleted } from "./comment_deleted.js";
import { t as comment_login_to_comment } from "./comment_login_to_comment.js";
import { t as post_markdown_hint } from "./post_markdown_hint.js";
import "./forms.js";
import { t as FormMessage } from "./FormMessage.js";
import { t as TextArea } from "./TextArea.js";
import { n as formatDateTime } from "./dates.js";
import { t as Prose } from "./Prose.js";
// src/lib/components/writing/Byline.svelte
function Byline($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** Who wrote something and when; names are isolated so direction tricks cannot leak out. */
		let { author, at, locale, timeZone } = $$props;
		$$renderer.push(`<span class="byline svelte-oeign2">`);
		if (author.avatar) $$renderer.push(`<!--[0--><img class="avatar svelte-oeign2"${attr("src", `${stringify(author.avatar)}?size=small`)} alt="" width="32" height="32"/>`);
		else $$renderer.push(`<!--[-1--><span class="avatar initial svelte-oeign2" aria-hidden="true">${escape_html(author.displayName.slice(0, 1))}</span>`);
		$$renderer.push(`<!--]--> <a${attr("href", `/@${stringify(author.handle)}`)} class="svelte-oeign2"><bdi>${escape_html(author.displayName)}</bdi></a> `);
		if (at) $$renderer.push(`<!--[0--><time${attr("datetime", new Date(at).toISOString())}>${escape_html(formatDateTime(at, locale, timeZone))}</time>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></span>`);
	});
}
// src/lib/components/writing/Comments.svelte
function Comments($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { discussion, signedIn, path, failed, locale, timeZone } = $$props;
		const d = derived(() => discussion);
		const here = derived(() => d().after ? `${path}?after=${d().after}&` : `${path}?`);
		const commentFailure = derived(() => failed?.scope === "comment" ? failed : null);
		const deleteFailure = derived(() => failed?.scope === "delete" ? failed : null);
		const draft = derived(() => typeof commentFailure()?.values.body === "string" ? commentFailure().values.body : d().quote?.text ?? "");
		$$renderer.push(`<section class="discussion" id="comments" aria-labelledby="comments-heading"><h2 id="comments-heading">${escape_html(comment_heading({ count: d().total }))}</h2> `);
		FormMessage($$renderer, { form: deleteFailure() });
		$$renderer.push(`<!----> `);
		if (d().after) $$renderer.push(`<!--[0--><p><a${attr("href", `${stringify(path)}#comments`)}>${escape_html(comment_first_page())}</a></p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (d().comments.length) {
			$$renderer.push(`<!--[0--><ol class="comments svelte-lx68v5"><!--[-->`);
			const each_array = ensure_array_like(d().comments);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let c = each_array[$$index];
				$$renderer.push(`<li${attr("id", `comment-${stringify(c.id)}`)} class="comment svelte-lx68v5"${attr_style(`--depth: ${stringify(c.depth)}`)}><article${attr("aria-label", comment_by({ name: c.deleted ? "—" : c.author.displayName }))}>`);
				if (c.deleted) $$renderer.push(`<!--[0--><p class="tombstone svelte-lx68v5">${escape_html(comment_deleted())}</p>`);
				else {
					$$renderer.push(`<!--[-1--><header class="svelte-lx68v5">`);
					Byline($$renderer, {
						author: c.author,
						at: c.createdAt,
						locale,
						timeZone
					});
					$$renderer.push(`<!----> `);
					if (c.replyTo) $$renderer.push(`<!--[0--><span class="muted">${escape_html(comment_in_reply_to({ name: c.replyTo }))}</span>`);
					else $$renderer.push("<!--[-1-->");
					$$renderer.push(`<!--]--> `);
					if (c.editedAt) $$renderer.push(`<!--[0--><a class="muted"${attr("href", `/comments/${stringify(c.id)}/history`)}>${escape_html(comment_edited())}</a>`);
					else $$renderer.push("<!--[-1-->");
					$$renderer.push(`<!--]--></header> `);
					if (c.collapsed) {
						$$renderer.push(`<!--[0--><details><summary>${escape_html(comment_collapsed())}</summary> `);
						Prose($$renderer, { html: c.html ?? "" });
						$$renderer.push(`<!----></details>`);
					} else {
						$$renderer.push("<!--[-1-->");
						Prose($$renderer, { html: c.html ?? "" });
					}
					$$renderer.push(`<!--]--> `);
					if (signedIn) {
						$$renderer.push(`<!--[0--><footer class="actions svelte-lx68v5">`);
						if (d().canComment) $$renderer.push(`<!--[0--><a${attr("href", `${here()}reply=${stringify(c.id)}#respond`)}>${escape_html(comment_reply())}</a> <a${attr("href", `${here()}quote=${stringify(c.id)}#respond`)}>${escape_html(comment_quote())}</a>`);
						else $$renderer.push("<!--[-1-->");
						$$renderer.push(`<!--]--> `);
						if (c.own) $$renderer.push(`<!--[0--><a${attr("href", `/comments/${stringify(c.id)}/edit`)}>${escape_html(comment_edit())}</a> <form method="POST" action="?/deleteComment" class="svelte-lx68v5"><input type="hidden" name="id"${attr("value", c.id)}/> <button class="button link" type="submit">${escape_html(comment_delete())}</button></form>`);
						else $$renderer.push(`<!--[-1--><a${attr("href", `/flag?type=comment&id=${stringify(c.id)}`)}>${escape_html(flag_link())}</a>`);
						$$renderer.push(`<!--]--></footer>`);
					} else $$renderer.push("<!--[-1-->");
					$$renderer.push(`<!--]-->`);
				}
				$$renderer.push(`<!--]--></article></li>`);
			}
			$$renderer.push(`<!--]--></ol>`);
		} else $$renderer.push(`<!--[-1--><p class="muted">${escape_html(comment_none())}</p>`);
		$$renderer.push(`<!--]--> `);
		if (d().nextAfter) $$renderer.push(`<!--[0--><p><a class="button secondary"${attr("href", `${stringify(path)}?after=${stringify(d().nextAfter)}#comments`)}>${escape_html(comment_show_more())}</a></p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <div id="respond" class="respond svelte-lx68v5">`);
		if (d().subject.locked) $$renderer.push(`<!--[0--><p class="notice svelte-lx68v5">${escape_html(comment_locked())}</p>`);
		else if (!signedIn) $$renderer.push(`<!--[1--><p><a${attr("href", `/login?next=${stringify(encodeURIComponent(path))}`)}>${escape_html(comment_login_to_comment())}</a></p>`);
		else {
			$$renderer.push(`<!--[-1--><h3>`);
			if (d().replyTo) $$renderer.push(`<!--[0-->${escape_html(comment_reply_to({ name: d().replyTo.displayName }))}`);
			else $$renderer.push(`<!--[-1-->${escape_html(comment_add())}`);
			$$renderer.push(`<!--]--></h3> `);
			if (d().subject.slowModeSeconds) $$renderer.push(`<!--[0--><p class="notice svelte-lx68v5">${escape_html(comment_slow_mode({ minutes: Math.ceil(d().subject.slowModeSeconds / 60) }))}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			FormMessage($$renderer, { form: commentFailure() });
			$$renderer.push(`<!----> <form method="POST" action="?/comment" class="form">`);
			if (d().replyTo) $$renderer.push(`<!--[0--><input type="hidden" name="parentId"${attr("value", d().replyTo.id)}/>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (d().quote) $$renderer.push(`<!--[0--><input type="hidden" name="quotedId"${attr("value", d().quote.id)}/>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			TextArea($$renderer, {
				name: "body",
				label: comment_body_label(),
				hint: post_markdown_hint(),
				rows: 5,
				value: draft(),
				error: commentFailure()?.fields.body
			});
			$$renderer.push(`<!----> <div class="form-actions"><button class="button" type="submit">${escape_html(comment_submit())}</button> `);
			if (d().replyTo) $$renderer.push(`<!--[0--><a${attr("href", `${stringify(path)}#comments`)}>${escape_html(comment_cancel_reply())}</a>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></div></form>`);
		}
		$$renderer.push(`<!--]--></div></section>`);
	});
}
export { Byline as n, Comments as t };
