import { slugify } from '$lib/server/refs';
import { and, asc, desc, eq, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import {
	chapters,
	forumCategories,
	forumThreads,
	members,
	postVersions,
	posts,
	type PostKind
} from '$lib/server/db/schema';
import { NotFound } from '$lib/server/errors';
import { markdownExcerpt, renderMarkdown } from './markdown';
import type { Actor } from '$lib/domain/members/actor';
import { canSeePost } from './policy';
import { writingLimits } from './settings';
import { avatarFor, profileOpen, publicName, type NameViewer } from '$lib/server/members/privacy';
import { timeCursor } from '$lib/server/paging';

/** Who reads: what visibility and names need of the actor (null for a visitor). */
type Reader = Pick<Actor, 'id' | 'chapterIds' | 'confirmed'> | null;

export const POSTS_PER_PAGE = 20;

/**
 * Published posts the reader may see (an SQL condition for lists, feeds and search). A post a jury
 * hid is in none of them: only its own page, which says why, and the moderation log lead to it.
 */
export function visiblePosts(reader: Reader): SQL {
	const published = and(eq(posts.status, 'published'), isNull(posts.hiddenAt))!;
	if (!reader) return and(published, eq(posts.visibility, 'public'))!;
	const chapterIds = reader.chapterIds.length ? reader.chapterIds : [0];
	// Members-only is for members: an account whose address nobody confirmed reads as a visitor.
	return and(
		published,
		or(
			inArray(posts.visibility, reader.confirmed ? ['public', 'members'] : ['public']),
			and(eq(posts.visibility, 'chapter'), inArray(posts.chapterId, chapterIds))
		)
	)!;
}

export type PostFilter = {
	kind?: PostKind;
	authorHandle?: string;
	chapterId?: number;
	tag?: string;
};

/** The posts a list shows (joined with their authors, for the handle). */
function listed(reader: Reader, filter: PostFilter): SQL[] {
	const conditions: SQL[] = [visiblePosts(reader)];
	if (filter.kind) conditions.push(eq(posts.kind, filter.kind));
	if (filter.authorHandle)
		conditions.push(sql`lower(${members.handle}) = lower(${filter.authorHandle})`);
	if (filter.chapterId) conditions.push(eq(posts.chapterId, filter.chapterId));
	if (filter.tag) conditions.push(sql`${posts.tags} @> array[${filter.tag}]::text[]`);
	return conditions;
}

/** How many posts a list holds in all (an ActivityPub outbox says it). */
export async function postCount(db: Queryable, reader: Reader, filter: PostFilter = {}) {
	const [row] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(posts)
		.innerJoin(members, eq(members.id, posts.authorId))
		.where(and(...listed(reader, filter)));
	return Number(row?.n ?? 0);
}

/** A page of published posts, newest first, keyset-paged by (published_at, id). */
export async function postList(
	db: Queryable,
	reader: Reader,
	filter: PostFilter = {},
	before?: { at: Date; id: number },
	limit = POSTS_PER_PAGE
) {
	const conditions = listed(reader, filter);
	if (before)
		conditions.push(
			sql`(${posts.publishedAt}, ${posts.id}) < (${before.at.toISOString()}::timestamptz, ${before.id})`
		);
	const rows = await db
		.select({
			id: posts.id,
			kind: posts.kind,
			title: posts.title,
			body: posts.body,
			language: posts.language,
			tags: posts.tags,
			visibility: posts.visibility,
			publishedAt: posts.publishedAt,
			updatedAt: posts.updatedAt,
			handle: members.handle,
			displayName: publicName(reader),
			chapterName: chapters.name,
			chapterSlug: chapters.slug
		})
		.from(posts)
		.innerJoin(members, eq(members.id, posts.authorId))
		.leftJoin(chapters, eq(chapters.id, posts.chapterId))
		.where(and(...conditions))
		.orderBy(desc(posts.publishedAt), desc(posts.id))
		.limit(limit + 1);
	const more = rows.length > limit;
	if (more) rows.pop();
	const last = rows[rows.length - 1];
	return {
		posts: rows.map(({ body, ...p }) => ({
			...p,
			url: `/posts/${p.id}-${slugify(p.title)}`,
			excerpt: markdownExcerpt(body),
			body
		})),
		next: more && last?.publishedAt ? `${last.publishedAt.toISOString()}_${last.id}` : null
	};
}

/** Parse a `next` cursor from a list URL (a malformed one is a translated 400). */
export const parseCursor = timeCursor;

/** One post as its reader sees it. Drafts only for their author. */
export async function postById(db: Queryable, reader: Actor | null, id: number) {
	const [row] = await db
		.select({
			post: posts,
			handle: members.handle,
			displayName: publicName(reader),
			profile: profileOpen(reader),
			avatar: avatarFor(reader),
			chapterName: chapters.name,
			chapterSlug: chapters.slug
		})
		.from(posts)
		.innerJoin(members, eq(members.id, posts.authorId))
		.leftJoin(chapters, eq(chapters.id, posts.chapterId))
		.where(eq(posts.id, id));
	if (!row || !canSeePost(reader, row.post)) throw new NotFound('post_error_not_found');
	const { search: _search, ...post } = row.post;
	const limits = await writingLimits(db);
	const own = !!reader && reader.id === post.authorId;
	return {
		...post,
		// Hidden by a jury: the text is not sent at all (the case page says why), but to its author.
		body: post.hiddenAt && !own ? '' : post.body,
		author: {
			handle: row.handle,
			displayName: row.displayName,
			avatar: row.avatar,
			profile: row.profile
		},
		chapter: row.chapterName ? { name: row.chapterName, slug: row.chapterSlug } : null,
		html: post.hiddenAt ? '' : renderMarkdown(post.body),
		url: `/posts/${post.id}-${slugify(post.title)}`,
		own,
		hidden: !!post.hiddenAt,
		collapsed: post.flagCount >= limits.flagThreshold && !post.reviewedAt
	};
}

export async function postHistory(db: Queryable, reader: Actor | null, id: number) {
	const post = await postById(db, reader, id);
	const versions = await db
		.select({
			version: postVersions.version,
			title: postVersions.title,
			body: postVersions.body,
			createdAt: postVersions.createdAt
		})
		.from(postVersions)
		.where(eq(postVersions.postId, id))
		.orderBy(desc(postVersions.version));
	// A hidden post's earlier texts are hidden with it, but from its author.
	if (post.hidden && !post.own) versions.length = 0;
	return { post, versions: versions.map((v) => ({ ...v, html: renderMarkdown(v.body) })) };
}

/** The reader's own drafts. */
export async function ownDrafts(db: Queryable, reader: NonNullable<Reader>) {
	const rows = await db
		.select({ id: posts.id, title: posts.title, updatedAt: posts.updatedAt })
		.from(posts)
		.where(and(eq(posts.authorId, reader.id), eq(posts.status, 'draft')))
		.orderBy(desc(posts.updatedAt))
		.limit(50);
	return rows.map((r) => ({ ...r, url: `/posts/${r.id}-${slugify(r.title)}` }));
}

/** The chapters the reader may write news for. */
export async function writableChapters(db: Queryable, reader: NonNullable<Reader>) {
	if (!reader.chapterIds.length) return [];
	return db
		.select({ id: chapters.id, name: chapters.name })
		.from(chapters)
		.where(inArray(chapters.id, reader.chapterIds))
		.orderBy(asc(chapters.name));
}

export async function chapterBySlug(db: Queryable, slug: string) {
	const [row] = await db
		.select({ id: chapters.id, name: chapters.name, slug: chapters.slug })
		.from(chapters)
		.where(eq(chapters.slug, slug));
	if (!row) throw new NotFound('forum_error_not_found');
	return row;
}

/** A member as an author filter or feed names them (`viewer` null for feeds: built for visitors). */
export async function memberByHandle(db: Queryable, viewer: NameViewer, handle: string) {
	const [row] = await db
		.select({ id: members.id, handle: members.handle, displayName: publicName(viewer) })
		.from(members)
		.where(and(sql`lower(${members.handle}) = lower(${handle})`, isNull(members.deletedAt)));
	if (!row) throw new NotFound('error_member_not_found');
	return row;
}

/** Forum categories: the organisation's first, then each chapter's. */
export async function forumIndex(db: Queryable) {
	return (
		db
			.select({
				id: forumCategories.id,
				slug: forumCategories.slug,
				name: forumCategories.name,
				description: forumCategories.description,
				chapterName: chapters.name,
				threads: sql<number>`(select count(*)::int from ${forumThreads} where ${forumThreads.categoryId} = ${forumCategories.id})`
			})
			.from(forumCategories)
			.leftJoin(chapters, eq(chapters.id, forumCategories.chapterId))
			// An archived forum is reached by its address and its chapter's list, not listed here.
			.where(isNull(forumCategories.archivedAt))
			.orderBy(
				sql`${forumCategories.chapterId} nulls first`,
				asc(chapters.name),
				asc(forumCategories.position)
			)
			.limit(500)
	);
}

export const THREADS_PER_PAGE = 30;

/** A category with a page of its threads: pinned first, then by last activity (keyset). */
export async function forumCategory(
	db: Queryable,
	viewer: NameViewer,
	slug: string,
	before?: { at: Date; id: number }
) {
	const [category] = await db
		.select({
			id: forumCategories.id,
			slug: forumCategories.slug,
			name: forumCategories.name,
			description: forumCategories.description,
			chapterId: forumCategories.chapterId,
			chapterName: chapters.name
		})
		.from(forumCategories)
		.leftJoin(chapters, eq(chapters.id, forumCategories.chapterId))
		.where(eq(forumCategories.slug, slug));
	if (!category) throw new NotFound('forum_error_not_found');
	const columns = {
		id: forumThreads.id,
		title: forumThreads.title,
		pinned: forumThreads.pinned,
		locked: forumThreads.locked,
		slowModeSeconds: forumThreads.slowModeSeconds,
		commentCount: forumThreads.commentCount,
		lastActivityAt: forumThreads.lastActivityAt,
		handle: members.handle,
		displayName: publicName(viewer)
	};
	const pinned = before
		? []
		: await db
				.select(columns)
				.from(forumThreads)
				.innerJoin(members, eq(members.id, forumThreads.authorId))
				.where(
					and(
						eq(forumThreads.categoryId, category.id),
						eq(forumThreads.pinned, true),
						isNull(forumThreads.hiddenAt)
					)
				)
				.orderBy(desc(forumThreads.lastActivityAt), desc(forumThreads.id))
				.limit(20);
	const rest = await db
		.select(columns)
		.from(forumThreads)
		.innerJoin(members, eq(members.id, forumThreads.authorId))
		.where(
			and(
				eq(forumThreads.categoryId, category.id),
				eq(forumThreads.pinned, false),
				isNull(forumThreads.hiddenAt),
				before
					? sql`(${forumThreads.lastActivityAt}, ${forumThreads.id}) < (${before.at.toISOString()}::timestamptz, ${before.id})`
					: undefined
			)
		)
		.orderBy(desc(forumThreads.pinned), desc(forumThreads.lastActivityAt), desc(forumThreads.id))
		.limit(THREADS_PER_PAGE + 1);
	const more = rest.length > THREADS_PER_PAGE;
	if (more) rest.pop();
	const last = rest[rest.length - 1];
	const withUrl = <T extends { id: number; title: string }>(t: T) => ({
		...t,
		url: `/threads/${t.id}-${slugify(t.title)}`
	});
	return {
		category,
		threads: [...pinned, ...rest].map(withUrl),
		next: more && last ? `${last.lastActivityAt.toISOString()}_${last.id}` : null
	};
}

export async function threadById(db: Queryable, reader: Reader, id: number) {
	const [row] = await db
		.select({
			id: forumThreads.id,
			title: forumThreads.title,
			body: forumThreads.body,
			language: forumThreads.language,
			pinned: forumThreads.pinned,
			locked: forumThreads.locked,
			slowModeSeconds: forumThreads.slowModeSeconds,
			commentCount: forumThreads.commentCount,
			flagCount: forumThreads.flagCount,
			reviewedAt: forumThreads.reviewedAt,
			hiddenAt: forumThreads.hiddenAt,
			authorId: forumThreads.authorId,
			createdAt: forumThreads.createdAt,
			handle: members.handle,
			displayName: publicName(reader),
			profile: profileOpen(reader),
			avatar: avatarFor(reader),
			categorySlug: forumCategories.slug,
			categoryName: forumCategories.name,
			chapterId: forumCategories.chapterId
		})
		.from(forumThreads)
		.innerJoin(members, eq(members.id, forumThreads.authorId))
		.innerJoin(forumCategories, eq(forumCategories.id, forumThreads.categoryId))
		.where(eq(forumThreads.id, id));
	if (!row) throw new NotFound('forum_error_not_found');
	const limits = await writingLimits(db);
	const own = !!reader && reader.id === row.authorId;
	return {
		...row,
		body: row.hiddenAt && !own ? '' : row.body,
		author: {
			handle: row.handle,
			displayName: row.displayName,
			avatar: row.avatar,
			profile: row.profile
		},
		html: row.hiddenAt ? '' : renderMarkdown(row.body),
		url: `/threads/${row.id}-${slugify(row.title)}`,
		own,
		hidden: !!row.hiddenAt,
		collapsed: row.flagCount >= limits.flagThreshold && !row.reviewedAt
	};
}

/** Recent threads for a feed: public, so named as a visitor sees them. */
export async function recentThreads(db: Queryable, categoryId: number, limit = 30) {
	const rows = await db
		.select({
			id: forumThreads.id,
			title: forumThreads.title,
			body: forumThreads.body,
			createdAt: forumThreads.createdAt,
			lastActivityAt: forumThreads.lastActivityAt,
			handle: members.handle,
			displayName: publicName(null)
		})
		.from(forumThreads)
		.innerJoin(members, eq(members.id, forumThreads.authorId))
		.where(
			and(
				eq(forumThreads.categoryId, categoryId),
				isNull(forumThreads.hiddenAt),
				lt(forumThreads.id, Number.MAX_SAFE_INTEGER)
			)
		)
		.orderBy(desc(forumThreads.createdAt), desc(forumThreads.id))
		.limit(limit);
	return rows.map((t) => ({ ...t, url: `/threads/${t.id}-${slugify(t.title)}` }));
}
