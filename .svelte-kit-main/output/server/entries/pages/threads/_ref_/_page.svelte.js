import { S as escape_html, c as stringify, i as derived, o as head, x as attr } from "../../../../chunks/server.js";
import { g as comment_collapsed, t as flag_link } from "../../../../chunks/flag_link.js";
import { a as forum_slow_mode_end, i as forum_slow_mode_on, n as forum_unlock, o as forum_pin, r as forum_slow_mode_start, s as forum_lock, t as forum_unpin } from "../../../../chunks/forum_unpin.js";
import { n as forum_locked, t as forum_pinned } from "../../../../chunks/forum_pinned.js";
import { t as forum_title } from "../../../../chunks/forum_title.js";
import "../../../../chunks/forms.js";
import { t as page } from "../../../../chunks/state.js";
import { n as failureOf } from "../../../../chunks/Alert.js";
import { t as FormMessage } from "../../../../chunks/FormMessage.js";
import { n as Byline, t as Comments } from "../../../../chunks/Comments.js";
import { t as Prose } from "../../../../chunks/Prose.js";
// src/routes/threads/[ref]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const t = derived(() => data.thread);
		const failed = derived(() => failureOf(form));
		head("1weekvg", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(t().title)} — ${escape_html(data.orgName)}</title>`);
			});
		});
		$$renderer.push(`<div class="container page"><p><a href="/forums">${escape_html(forum_title())}</a> › <a${attr("href", `/forums/${stringify(t().categorySlug)}`)} dir="auto">${escape_html(t().categoryName)}</a></p> <article class="thread"${attr("lang", t().language)}><h1 dir="auto">${escape_html(t().title)}</h1> <p class="meta svelte-1weekvg">`);
		Byline($$renderer, {
			author: t().author,
			at: t().createdAt,
			locale: data.locale,
			timeZone: data.timeZone
		});
		$$renderer.push(`<!----> `);
		if (t().pinned) $$renderer.push(`<!--[0--><span class="badge svelte-1weekvg">${escape_html(forum_pinned())}</span>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (t().locked) $$renderer.push(`<!--[0--><span class="badge svelte-1weekvg">${escape_html(forum_locked())}</span>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (t().slowModeSeconds) $$renderer.push(`<!--[0--><span class="badge svelte-1weekvg">${escape_html(forum_slow_mode_on())}</span>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></p> `);
		if (t().collapsed) {
			$$renderer.push(`<!--[0--><details><summary>${escape_html(comment_collapsed())}</summary>`);
			Prose($$renderer, {
				html: t().html,
				lang: t().language
			});
			$$renderer.push(`<!----></details>`);
		} else {
			$$renderer.push("<!--[-1-->");
			Prose($$renderer, {
				html: t().html,
				lang: t().language
			});
		}
		$$renderer.push(`<!--]--> `);
		if (data.member && !t().own) $$renderer.push(`<!--[0--><p><a${attr("href", `/flag?type=thread&id=${stringify(t().id)}`)}>${escape_html(flag_link())}</a></p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></article> `);
		if (data.may.lock || data.may.pin || data.may.slowMode) {
			$$renderer.push("<!--[0-->");
			FormMessage($$renderer, { form: failed()?.scope === "moderate" ? failed() : null });
			$$renderer.push(`<!----> <div class="moderation svelte-1weekvg">`);
			if (data.may.lock) $$renderer.push(`<!--[0--><form method="POST" action="?/moderate"><input type="hidden" name="locked"${attr("value", t().locked ? "off" : "on")}/> <button class="button secondary" type="submit">${escape_html(t().locked ? forum_unlock() : forum_lock())}</button></form>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (data.may.slowMode) $$renderer.push(`<!--[0--><form method="POST" action="?/moderate"><input type="hidden" name="slowMode"${attr("value", t().slowModeSeconds ? "off" : "on")}/> <button class="button secondary" type="submit">${escape_html(t().slowModeSeconds ? forum_slow_mode_end() : forum_slow_mode_start())}</button></form>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (data.may.pin) $$renderer.push(`<!--[0--><form method="POST" action="?/moderate"><input type="hidden" name="pinned"${attr("value", t().pinned ? "off" : "on")}/> <button class="button secondary" type="submit">${escape_html(t().pinned ? forum_unpin() : forum_pin())}</button></form>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></div>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		Comments($$renderer, {
			discussion: data.discussion,
			signedIn: !!data.member,
			path: page.url.pathname,
			failed: failed(),
			locale: data.locale,
			timeZone: data.timeZone
		});
		$$renderer.push(`<!----></div>`);
	});
}
export { _page as default };
