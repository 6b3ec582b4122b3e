import type { Queryable } from '$lib/server/db/client';
import { translate, type Locale } from '$lib/server/i18n';
import { organisationName } from '$lib/server/instance/cached';
import { atomResponse, tagUri, type Feed } from './feeds';
import { markdownExcerpt, renderMarkdown } from './markdown';
import {
	chapterBySlug,
	forumCategory,
	memberByHandle,
	postList,
	recentThreads,
	type PostFilter
} from './queries';

/**
 * Feeds are read without a session and cached by anyone on the way: public posts only, and every
 * name as a visitor sees it (reader = null).
 */
/** An entry's author: an erased account is a "former member", with no profile to point at. */
function feedAuthor(
	origin: string,
	row: { displayName: string; handle: string },
	locale: Locale
): { name: string; uri?: string } {
	if (!row.displayName) return { name: translate('former_member', {}, locale) };
	return { name: row.displayName, uri: `${origin}/@${row.handle}` };
}

async function postsFeed(
	db: Queryable,
	origin: string,
	path: string,
	pagePath: string,
	title: string,
	filter: PostFilter,
	locale: Locale
): Promise<Response> {
	const { posts } = await postList(db, null, filter, undefined, 30);
	const feed: Feed = {
		id: tagUri(origin, path),
		title,
		selfUrl: `${origin}${path}`,
		pageUrl: `${origin}${pagePath}`,
		entries: posts.map((p) => ({
			id: tagUri(origin, `/posts/${p.id}`),
			title: p.title,
			url: `${origin}${p.url}`,
			updated: p.updatedAt,
			published: p.publishedAt ?? undefined,
			author: feedAuthor(origin, p, locale),
			html: renderMarkdown(p.body),
			categories: p.tags,
			language: p.language
		}))
	};
	return atomResponse(feed);
}

export async function organisationFeed(db: Queryable, origin: string, locale: Locale) {
	const name = await organisationName(db, locale);
	return postsFeed(
		db,
		origin,
		'/feeds/organisation.xml',
		'/blog?kind=organisation',
		translate('feed_organisation_title', { name }, locale),
		{ kind: 'organisation' },
		locale
	);
}

export async function memberFeed(db: Queryable, origin: string, handle: string, locale: Locale) {
	const member = await memberByHandle(db, null, handle);
	return postsFeed(
		db,
		origin,
		`/feeds/members/${member.handle}.xml`,
		`/blog?author=${member.handle}`,
		translate('feed_member', { name: member.displayName }, locale),
		{ authorHandle: member.handle },
		locale
	);
}

export async function chapterFeed(db: Queryable, origin: string, slug: string, locale: Locale) {
	const chapter = await chapterBySlug(db, slug);
	return postsFeed(
		db,
		origin,
		`/feeds/chapters/${chapter.slug}.xml`,
		`/blog?kind=chapter`,
		translate('feed_chapter', { name: chapter.name }, locale),
		{ chapterId: chapter.id },
		locale
	);
}

export async function forumFeed(db: Queryable, origin: string, slug: string, locale: Locale) {
	const { category } = await forumCategory(db, null, slug);
	const threads = await recentThreads(db, category.id);
	return atomResponse({
		id: tagUri(origin, `/forums/${category.slug}`),
		title: translate('feed_forum', { name: category.name }, locale),
		subtitle: markdownExcerpt(category.description),
		selfUrl: `${origin}/feeds/forums/${category.slug}.xml`,
		pageUrl: `${origin}/forums/${category.slug}`,
		entries: threads.map((t) => ({
			id: tagUri(origin, `/threads/${t.id}`),
			title: t.title,
			url: `${origin}${t.url}`,
			updated: t.createdAt,
			published: t.createdAt,
			author: feedAuthor(origin, t, locale),
			html: renderMarkdown(t.body)
		}))
	});
}
