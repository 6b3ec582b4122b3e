/**
 * What readers of the mutual aid board see: the board (open posts ahead of their expiry, newest
 * first, filtered and searched, keyset-paged), one post, and a member's own list with the posts
 * that have left the board. Authors are named through the members' privacy rule (`publicName`,
 * `profileOpen`), as on every byline: a visitor reads "Nadia H." for a member who hides their
 * full name, and no handle for a member whose profile they may not open.
 */
import { and, asc, count, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '$lib/domain/members/actor';
import type { AidFilter } from '$lib/domain/aid/rules';
import type { Queryable } from '$lib/server/db/client';
import { aidPosts, chapters, members } from '$lib/server/db/schema';
import { searchConfigFor } from '$lib/server/db/schema/writing';
import { NotFound } from '$lib/server/errors';
import { profileOpen, publicName } from '$lib/server/members/privacy';
import { markdownExcerpt, renderMarkdown } from '$lib/server/writing/markdown';
import { can } from './policy';
import { aidUrl, answerUrl } from './paths';

type Reader = Pick<Actor, 'id' | 'chapterIds' | 'confirmed'> | null;

export const AID_PER_PAGE = 20;

/**
 * On the board: open, ahead of its expiry, by an account that still exists (posts joined with
 * their authors). The site search finds aid posts by the same condition.
 */
export const onBoard = sql`${aidPosts.status} = 'open' and ${aidPosts.expiresAt} > now() and ${members.deletedAt} is null`;

/** The author as this reader may see them: a name, and a handle only where a profile is open to them. */
function author(reader: Reader) {
	return {
		authorName: publicName(reader),
		authorProfile: profileOpen(reader),
		authorHandle: sql<string | null>`(case when ${profileOpen(reader)} then ${members.handle} end)`
	};
}

const listColumns = (reader: Reader) => ({
	id: aidPosts.id,
	kind: aidPosts.kind,
	category: aidPosts.category,
	title: aidPosts.title,
	body: aidPosts.body,
	language: aidPosts.language,
	status: aidPosts.status,
	expiresAt: aidPosts.expiresAt,
	fulfilledAt: aidPosts.fulfilledAt,
	createdAt: aidPosts.createdAt,
	chapterName: chapters.name,
	chapterSlug: chapters.slug,
	...author(reader)
});

function page<R extends { body: string; id: number; title: string; createdAt: Date }>(
	rows: R[],
	limit: number
) {
	const more = rows.length > limit;
	if (more) rows.pop();
	const last = rows[rows.length - 1];
	return {
		posts: rows.map((row) => {
			const { body, ...p } = row;
			return { ...p, url: aidUrl(row), excerpt: markdownExcerpt(body, 200) };
		}),
		next: more && last ? `${last.createdAt.toISOString()}_${last.id}` : null
	};
}

/** The chapter a board filter names by slug, or null when there is none by that name. */
async function chapterId(db: Queryable, slug: string) {
	const [row] = await db.select({ id: chapters.id }).from(chapters).where(eq(chapters.slug, slug));
	return row?.id ?? null;
}

/**
 * A page of the board. `near` is the reader's own chapters (ignored for a visitor); a chapter
 * slug that names no chapter is ignored. A search keeps the board's order (newest first), so it
 * pages by the same keyset.
 */
export async function aidBoard(
	db: Queryable,
	reader: Reader,
	filter: AidFilter,
	before?: { at: Date; id: number },
	limit = AID_PER_PAGE
) {
	const where: SQL[] = [onBoard];
	if (filter.kind) where.push(eq(aidPosts.kind, filter.kind));
	if (filter.category) where.push(eq(aidPosts.category, filter.category));
	if (filter.language) where.push(eq(aidPosts.language, filter.language));
	const place = filter.place;
	if (place.kind === 'remote') where.push(isNull(aidPosts.chapterId));
	if (place.kind === 'near' && reader)
		where.push(
			inArray(aidPosts.chapterId, reader.chapterIds.length ? [...reader.chapterIds] : [0])
		);
	if (place.kind === 'chapter') {
		const id = await chapterId(db, place.slug);
		if (id) where.push(eq(aidPosts.chapterId, id));
	}
	if (filter.q) {
		const cfg = searchConfigFor(filter.language);
		where.push(
			sql`${aidPosts.search} @@ (websearch_to_tsquery(${cfg}::regconfig, ${filter.q}) || websearch_to_tsquery('simple', ${filter.q}) || websearch_to_tsquery('english', ${filter.q}))`
		);
	}
	if (before)
		where.push(
			sql`(${aidPosts.createdAt}, ${aidPosts.id}) < (${before.at.toISOString()}::timestamptz, ${before.id})`
		);
	const rows = await db
		.select(listColumns(reader))
		.from(aidPosts)
		.innerJoin(members, eq(members.id, aidPosts.authorId))
		.leftJoin(chapters, eq(chapters.id, aidPosts.chapterId))
		.where(and(...where))
		.orderBy(desc(aidPosts.createdAt), desc(aidPosts.id))
		.limit(limit + 1);
	return page(rows, limit);
}

/** Chapters with something on the board, for the place filter. */
export async function boardChapters(db: Queryable) {
	return db
		.selectDistinct({ id: chapters.id, name: chapters.name, slug: chapters.slug })
		.from(aidPosts)
		.innerJoin(chapters, eq(chapters.id, aidPosts.chapterId))
		.innerJoin(members, eq(members.id, aidPosts.authorId))
		.where(onBoard)
		.orderBy(asc(chapters.name));
}

/** One post as its reader sees it; one that has left the board only for its author. */
export async function aidPost(db: Queryable, reader: Actor | null, id: number) {
	const [row] = await db
		.select({
			...listColumns(reader),
			authorId: aidPosts.authorId,
			chapterId: aidPosts.chapterId,
			handle: members.handle,
			current: sql<boolean>`${aidPosts.expiresAt} > now() and ${members.deletedAt} is null`
		})
		.from(aidPosts)
		.innerJoin(members, eq(members.id, aidPosts.authorId))
		.leftJoin(chapters, eq(chapters.id, aidPosts.chapterId))
		.where(eq(aidPosts.id, id));
	if (!row || !can(reader, 'view', row)) throw new NotFound('aid_error_not_found');
	const { handle, authorId: _a, ...post } = row;
	return {
		...post,
		url: aidUrl(post),
		html: renderMarkdown(post.body),
		own: !!reader && reader.id === row.authorId,
		mayEdit: can(reader, 'edit', row),
		mayClose: can(reader, 'fulfil', row),
		answer: can(reader, 'answer', row) ? answerUrl(handle, post.title) : null
	};
}

/** The member's own posts, newest first, with how many are open, fulfilled, withdrawn and expired. */
export async function myAidPosts(
	db: Queryable,
	actor: Actor,
	before?: { at: Date; id: number },
	limit = AID_PER_PAGE
) {
	const where: SQL[] = [eq(aidPosts.authorId, actor.id)];
	if (before)
		where.push(
			sql`(${aidPosts.createdAt}, ${aidPosts.id}) < (${before.at.toISOString()}::timestamptz, ${before.id})`
		);
	const rows = await db
		.select({
			...listColumns(actor),
			expired: sql<boolean>`${aidPosts.expiresAt} <= now()`
		})
		.from(aidPosts)
		.innerJoin(members, eq(members.id, aidPosts.authorId))
		.leftJoin(chapters, eq(chapters.id, aidPosts.chapterId))
		.where(and(...where))
		.orderBy(desc(aidPosts.createdAt), desc(aidPosts.id))
		.limit(limit + 1);
	const counts = await db
		.select({
			state: sql<string>`case when ${aidPosts.status} = 'open' and ${aidPosts.expiresAt} <= now() then 'expired' else ${aidPosts.status} end`,
			n: count()
		})
		.from(aidPosts)
		.where(eq(aidPosts.authorId, actor.id))
		.groupBy(sql`1`);
	const tally = { open: 0, fulfilled: 0, withdrawn: 0, expired: 0 };
	for (const c of counts) if (c.state in tally) tally[c.state as keyof typeof tally] = c.n;
	return { ...page(rows, limit), counts: tally };
}

/** A post as its author edits it (NotFound for anyone else, as for a post they may not see). */
export async function aidPostForEdit(db: Queryable, actor: Actor, id: number) {
	const [row] = await db
		.select({
			id: aidPosts.id,
			kind: aidPosts.kind,
			category: aidPosts.category,
			chapterId: aidPosts.chapterId,
			language: aidPosts.language,
			title: aidPosts.title,
			body: aidPosts.body,
			expiresAt: aidPosts.expiresAt,
			status: aidPosts.status,
			authorId: aidPosts.authorId
		})
		.from(aidPosts)
		.where(eq(aidPosts.id, id));
	const subject = row && { ...row, current: row.expiresAt > new Date() };
	if (!subject || !can(actor, 'view', subject)) throw new NotFound('aid_error_not_found');
	return { ...subject, url: aidUrl(subject), mayEdit: can(actor, 'edit', subject) };
}
