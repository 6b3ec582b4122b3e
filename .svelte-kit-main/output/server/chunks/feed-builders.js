import { r as translate } from "./i18n.js";
import { r as organisationName } from "./cached.js";
import { a as markdownExcerpt, o as renderMarkdown } from "./queries2.js";
import { i as memberByHandle, l as postList, n as forumCategory, t as chapterBySlug, u as recentThreads } from "./queries6.js";
// src/lib/server/writing/feeds.ts
var XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
function xmlEscape(text) {
	return text.replace(XML_INVALID, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}
/** A tag URI (RFC 4151) that stays the same when the site moves. */
function tagUri(origin, path) {
	return `tag:${new URL(origin).hostname},2012:${path}`;
}
function renderAtom(feed) {
	const updated = feed.entries.reduce((latest, e) => e.updated > latest ? e.updated : latest, /* @__PURE__ */ new Date(0));
	const lines = [
		"<?xml version=\"1.0\" encoding=\"utf-8\"?>",
		`<feed xmlns="http://www.w3.org/2005/Atom"${feed.language ? ` xml:lang="${xmlEscape(feed.language)}"` : ""}>`,
		`<id>${xmlEscape(feed.id)}</id>`,
		`<title>${xmlEscape(feed.title)}</title>`,
		feed.subtitle ? `<subtitle>${xmlEscape(feed.subtitle)}</subtitle>` : "",
		`<updated>${(feed.entries.length ? updated : /* @__PURE__ */ new Date(0)).toISOString()}</updated>`,
		`<link rel="self" type="application/atom+xml" href="${xmlEscape(feed.selfUrl)}"/>`,
		`<link rel="alternate" type="text/html" href="${xmlEscape(feed.pageUrl)}"/>`,
		`<author><name>${xmlEscape(feed.title)}</name></author>`,
		"<generator>Plenary</generator>"
	];
	for (const e of feed.entries) lines.push(`<entry${e.language ? ` xml:lang="${xmlEscape(e.language)}"` : ""}>`, `<id>${xmlEscape(e.id)}</id>`, `<title>${xmlEscape(e.title)}</title>`, `<link rel="alternate" type="text/html" href="${xmlEscape(e.url)}"/>`, `<updated>${e.updated.toISOString()}</updated>`, e.published ? `<published>${e.published.toISOString()}</published>` : "", `<author><name>${xmlEscape(e.author.name)}</name>${e.author.uri ? `<uri>${xmlEscape(e.author.uri)}</uri>` : ""}</author>`, ...(e.categories ?? []).map((c) => `<category term="${xmlEscape(c)}"/>`), `<content type="html">${xmlEscape(e.html)}</content>`, "</entry>");
	lines.push("</feed>");
	return lines.filter(Boolean).join("\n");
}
function atomResponse(feed) {
	return new Response(renderAtom(feed), { headers: {
		"content-type": "application/atom+xml; charset=utf-8",
		"cache-control": "public, max-age=300"
	} });
}
// src/lib/server/writing/feed-builders.ts
/** Feeds are read without a session: public posts only (reader = null). */
async function postsFeed(db, origin, path, pagePath, title, filter) {
	const { posts } = await postList(db, null, filter, void 0, 30);
	return atomResponse({
		id: tagUri(origin, path),
		title,
		selfUrl: `${origin}${path}`,
		pageUrl: `${origin}${pagePath}`,
		entries: posts.map((p) => ({
			id: tagUri(origin, `/posts/${p.id}`),
			title: p.title,
			url: `${origin}${p.url}`,
			updated: p.updatedAt,
			published: p.publishedAt ?? void 0,
			author: {
				name: p.displayName,
				uri: `${origin}/@${p.handle}`
			},
			html: renderMarkdown(p.body),
			categories: p.tags,
			language: p.language
		}))
	});
}
async function organisationFeed(db, origin, locale) {
	const name = await organisationName(db, locale);
	return postsFeed(db, origin, "/feeds/organisation.xml", "/blog?kind=organisation", translate("feed_organisation_title", { name }, locale), { kind: "organisation" });
}
async function memberFeed(db, origin, handle, locale) {
	const member = await memberByHandle(db, handle);
	return postsFeed(db, origin, `/feeds/members/${member.handle}.xml`, `/blog?author=${member.handle}`, translate("feed_member", { name: member.displayName }, locale), { authorHandle: member.handle });
}
async function chapterFeed(db, origin, slug, locale) {
	const chapter = await chapterBySlug(db, slug);
	return postsFeed(db, origin, `/feeds/chapters/${chapter.slug}.xml`, `/blog?kind=chapter`, translate("feed_chapter", { name: chapter.name }, locale), { chapterId: chapter.id });
}
async function forumFeed(db, origin, slug, locale) {
	const { category } = await forumCategory(db, slug);
	const threads = await recentThreads(db, category.id);
	return atomResponse({
		id: tagUri(origin, `/forums/${category.slug}`),
		title: translate("feed_forum", { name: category.name }, locale),
		subtitle: markdownExcerpt(category.description),
		selfUrl: `${origin}/feeds/forums/${category.slug}.xml`,
		pageUrl: `${origin}/forums/${category.slug}`,
		entries: threads.map((t) => ({
			id: tagUri(origin, `/threads/${t.id}`),
			title: t.title,
			url: `${origin}${t.url}`,
			updated: t.createdAt,
			published: t.createdAt,
			author: {
				name: t.displayName,
				uri: `${origin}/@${t.handle}`
			},
			html: renderMarkdown(t.body)
		}))
	});
}
export { organisationFeed as i, forumFeed as n, memberFeed as r, chapterFeed as t };
