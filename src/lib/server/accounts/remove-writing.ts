/**
 * What a member who deletes their account and asks for their writing to go takes with them: their
 * posts and threads (with the discussion under them, which has no place without them), the text of
 * their comments elsewhere (a tombstone keeps the replies around it in place), every earlier version
 * of those texts, flags on them, and the images they uploaded. Proposals, amendments, minority
 * reports and ballots are the organisation's record and stay, signed "former member".
 *
 * Runs inside the account's erasure transaction; returns the media files to delete after commit.
 */
import { eq, sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { posts } from '$lib/server/db/schema';
import { visiblePosts } from '$lib/server/writing/queries';

/** A removed post, as its `post.deleted` event tells it (federation withdraws the public ones). */
export type RemovedPost = { id: number; kind: string; chapterId: number | null; public: boolean };

export async function removeWriting(
	tx: Queryable,
	memberId: number
): Promise<{ files: string[]; posts: RemovedPost[] }> {
	const removed = await tx
		.select({
			id: posts.id,
			kind: posts.kind,
			chapterId: posts.chapterId,
			public: sql<boolean>`(${visiblePosts(null)})`
		})
		.from(posts)
		.where(eq(posts.authorId, memberId));
	const theirs = sql`(
		(subject_type = 'post' and subject_id in (select id from posts where author_id = ${memberId}))
		or (subject_type = 'thread'
			and subject_id in (select id from forum_threads where author_id = ${memberId})))`;
	await tx.execute(sql`
		delete from flags
		where ${theirs}
			or (subject_type = 'comment' and subject_id in (
				select id from comments where author_id = ${memberId} or ${theirs}))
			or (subject_type = 'remote-reply' and subject_id in (
				select r.id from federation_remote_replies r join posts p on p.id = r.post_id
				where p.author_id = ${memberId}))`);
	// One statement, so replies and their parents go together (the parent key is checked at its end);
	// comment versions cascade.
	await tx.execute(sql`delete from comments where ${theirs}`);
	// Post versions, project updates and replies from other servers cascade with their post.
	await tx.execute(sql`delete from posts where author_id = ${memberId}`);
	await tx.execute(sql`delete from forum_threads where author_id = ${memberId}`);
	// Comments elsewhere become tombstones, as when their author deletes one; no version survives.
	await tx.execute(sql`
		delete from comment_versions
		where comment_id in (select id from comments where author_id = ${memberId})`);
	await tx.execute(sql`
		update comments set body = '', deleted_at = coalesce(deleted_at, now())
		where author_id = ${memberId}`);
	const images = await tx.execute<{ key: string; sizes: Record<string, unknown> }>(sql`
		delete from images where owner_id = ${memberId} returning key, sizes`);
	return {
		files: images.rows.flatMap((p) => Object.keys(p.sizes).map((s) => `${p.key}-${s}.webp`)),
		posts: removed.map((p) => ({ ...p, public: !!p.public }))
	};
}
