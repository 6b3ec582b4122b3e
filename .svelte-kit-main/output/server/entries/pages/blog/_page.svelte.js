import { S as escape_html, a as ensure_array_like, c as stringify, i as derived, o as head, x as attr } from "../../../chunks/server.js";
import { a as blog_organisation, c as blog_filters, d as blog_by, f as blog_all, i as blog_tagged, l as blog_empty, n as blog_your_drafts, o as blog_older, r as blog_title, s as blog_members, t as upload_nav, u as blog_chapter_news } from "../../../chunks/upload_nav.js";
import { t as feed_link } from "../../../chunks/feed_link.js";
import { t as post_new_title } from "../../../chunks/post_new_title.js";
import { t as page } from "../../../chunks/state.js";
import { t as formatDate } from "../../../chunks/dates.js";
// src/routes/blog/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const f = derived(() => data.filter);
		const feed = derived(() => f().author ? `/feeds/members/${f().author.handle}.xml` : "/feeds/organisation.xml");
		const heading = derived(() => f().author ? blog_by({ name: f().author.displayName }) : f().tag ? blog_tagged({ tag: f().tag }) : f().kind === "organisation" ? blog_organisation() : f().kind === "chapter" ? blog_chapter_news() : blog_title());
		function nextHref(next) {
			const url = new URL(page.url);
			url.searchParams.set("before", next);
			return url.pathname + url.search;
		}
		head("u4k2t", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(heading())} — ${escape_html(data.orgName)}</title>`);
			});
			$$renderer.push(`<link rel="alternate" type="application/atom+xml"${attr("href", feed())}${attr("title", feed_link())}/>`);
		});
		$$renderer.push(`<div class="container page"><div class="heading-row svelte-u4k2t"><h1 dir="auto">${escape_html(heading())}</h1> `);
		if (data.member) $$renderer.push(`<!--[0--><span class="actions svelte-u4k2t"><a href="/images">${escape_html(upload_nav())}</a> <a class="button" href="/blog/new">${escape_html(post_new_title())}</a></span>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div> <nav class="filters svelte-u4k2t"${attr("aria-label", blog_filters())}><a href="/blog"${attr("aria-current", !f().kind && !f().tag && !f().author ? "page" : void 0)} class="svelte-u4k2t">${escape_html(blog_all())}</a> <a href="/blog?kind=organisation"${attr("aria-current", f().kind === "organisation" ? "page" : void 0)} class="svelte-u4k2t">${escape_html(blog_organisation())}</a> <a href="/blog?kind=blog"${attr("aria-current", f().kind === "blog" ? "page" : void 0)} class="svelte-u4k2t">${escape_html(blog_members())}</a> <a href="/blog?kind=chapter"${attr("aria-current", f().kind === "chapter" ? "page" : void 0)} class="svelte-u4k2t">${escape_html(blog_chapter_news())}</a> <a${attr("href", feed())}>${escape_html(feed_link())}</a></nav> `);
		if (data.drafts.length && data.first && !f().author) {
			$$renderer.push(`<!--[0--><section class="card drafts svelte-u4k2t" aria-labelledby="drafts-heading"><h2 id="drafts-heading">${escape_html(blog_your_drafts())}</h2> <ul><!--[-->`);
			const each_array = ensure_array_like(data.drafts);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let d = each_array[$$index];
				$$renderer.push(`<li><a${attr("href", d.url)} dir="auto">${escape_html(d.title)}</a></li>`);
			}
			$$renderer.push(`<!--]--></ul></section>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.list.posts.length) {
			$$renderer.push(`<!--[0--><ol class="posts svelte-u4k2t"><!--[-->`);
			const each_array_1 = ensure_array_like(data.list.posts);
			for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
				let p = each_array_1[$$index_1];
				$$renderer.push(`<li class="svelte-u4k2t"><article${attr("lang", p.language)}><h2 class="svelte-u4k2t"><a${attr("href", p.url)} dir="auto">${escape_html(p.title)}</a></h2> <p class="meta svelte-u4k2t"><a${attr("href", `/blog?author=${stringify(p.handle)}`)}><bdi>${escape_html(p.displayName)}</bdi></a> `);
				if (p.publishedAt) $$renderer.push(`<!--[0--><time${attr("datetime", new Date(p.publishedAt).toISOString())}>${escape_html(formatDate(p.publishedAt, data.locale))}</time>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> `);
				if (p.chapterName) $$renderer.push(`<!--[0--><span><bdi>${escape_html(p.chapterName)}</bdi></span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></p> <p dir="auto">${escape_html(p.excerpt)}</p></article></li>`);
			}
			$$renderer.push(`<!--]--></ol> `);
			if (data.list.next) $$renderer.push(`<!--[0--><p><a class="button secondary"${attr("href", nextHref(data.list.next))}>${escape_html(blog_older())}</a></p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]-->`);
		} else $$renderer.push(`<!--[-1--><p class="muted">${escape_html(blog_empty())}</p>`);
		$$renderer.push(`<!--]--></div>`);
	});
}
export { _page as default };
