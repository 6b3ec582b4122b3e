import { S as escape_html, a as ensure_array_like, c as stringify, i as derived, o as head, x as attr } from "../../../../chunks/server.js";
import { g as comment_collapsed, t as flag_link } from "../../../../chunks/flag_link.js";
import { a as post_draft_badge, i as post_edit, n as post_tags, o as feed_member, r as post_in_chapter, t as post_versions } from "../../../../chunks/post_versions.js";
import { n as post_visibility_chapter, t as post_visibility_members } from "../../../../chunks/post_visibility_members.js";
import { t as page } from "../../../../chunks/state.js";
import { n as failureOf } from "../../../../chunks/Alert.js";
import { n as Byline, t as Comments } from "../../../../chunks/Comments.js";
import { t as Prose } from "../../../../chunks/Prose.js";
// src/routes/posts/[ref]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const post = derived(() => data.post);
		head("1f6pgei", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(post().title)} — ${escape_html(data.orgName)}</title>`);
			});
			$$renderer.push(`<link rel="alternate" type="application/atom+xml"${attr("href", `/feeds/members/${stringify(post().author.handle)}.xml`)}${attr("title", feed_member({ name: post().author.displayName }))}/>`);
		});
		$$renderer.push(`<div class="container page"><article class="post svelte-1f6pgei"${attr("lang", post().language)}><header class="stack">`);
		if (post().status === "draft") $$renderer.push(`<!--[0--><p class="badge svelte-1f6pgei">${escape_html(post_draft_badge())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <h1 dir="auto">${escape_html(post().title)}</h1> <p class="meta svelte-1f6pgei">`);
		Byline($$renderer, {
			author: post().author,
			at: post().publishedAt ?? post().createdAt,
			locale: data.locale,
			timeZone: data.timeZone
		});
		$$renderer.push(`<!----> `);
		if (post().chapter) $$renderer.push(`<!--[0--><span>${escape_html(post_in_chapter({ chapter: post().chapter.name }))}</span>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (post().visibility !== "public") $$renderer.push(`<!--[0--><span class="badge svelte-1f6pgei">${escape_html(post().visibility === "members" ? post_visibility_members() : post_visibility_chapter())}</span>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></p></header> `);
		if (post().collapsed) {
			$$renderer.push(`<!--[0--><details><summary>${escape_html(comment_collapsed())}</summary> `);
			Prose($$renderer, {
				html: post().html,
				lang: post().language
			});
			$$renderer.push(`<!----></details>`);
		} else {
			$$renderer.push("<!--[-1-->");
			Prose($$renderer, {
				html: post().html,
				lang: post().language
			});
		}
		$$renderer.push(`<!--]--> <footer class="post-footer">`);
		if (post().tags.length) {
			$$renderer.push(`<!--[0--><ul class="tags svelte-1f6pgei"${attr("aria-label", post_tags())}><!--[-->`);
			const each_array = ensure_array_like(post().tags);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let tag = each_array[$$index];
				$$renderer.push(`<li><a${attr("href", `/blog?tag=${stringify(encodeURIComponent(tag))}`)} dir="auto">#${escape_html(tag)}</a></li>`);
			}
			$$renderer.push(`<!--]--></ul>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <p class="links svelte-1f6pgei">`);
		if (post().version > 1) $$renderer.push(`<!--[0--><a${attr("href", `${stringify(post().url)}/history`)}>${escape_html(post_versions({ count: post().version }))}</a>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (post().own) $$renderer.push(`<!--[0--><a${attr("href", `${stringify(post().url)}/edit`)}>${escape_html(post_edit())}</a>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.member && !post().own) $$renderer.push(`<!--[0--><a${attr("href", `/flag?type=post&id=${stringify(post().id)}`)}>${escape_html(flag_link())}</a>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></p></footer></article> `);
		if (data.discussion) {
			$$renderer.push("<!--[0-->");
			Comments($$renderer, {
				discussion: data.discussion,
				signedIn: !!data.member,
				path: page.url.pathname,
				failed: failureOf(form),
				locale: data.locale,
				timeZone: data.timeZone
			});
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div>`);
	});
}
export { _page as default };
