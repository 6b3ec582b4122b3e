import { and, count, eq, sql } from 'drizzle-orm';
import type { Db, Queryable } from '$lib/server/db/client';
import { chapterMemberships, chapters, members } from '$lib/server/db/schema';
import { Conflict, Forbidden, NotFound } from '$lib/server/errors';
import { appendEvent } from '$lib/server/events/append';
import { membershipSettings } from '$lib/server/instance/membership-settings';
import { parseInput } from '$lib/server/validation';
import { chapterRefInput } from '$lib/schemas/members';
import type { Actor } from '$lib/server/members/policy';
import { can, type ChapterSubject } from './policy';

/** How many chapters one member may belong to (home included). */
export const MAX_CHAPTERS_PER_MEMBER = 12;

/** The chapter and the actor's standing in it, read in the command's transaction. */
async function loadSubject(tx: Queryable, actor: Actor, chapterId: number) {
	const [chapter] = await tx
		.select({ id: chapters.id, kind: chapters.kind })
		.from(chapters)
		.where(eq(chapters.id, chapterId));
	if (!chapter) throw new NotFound('error_chapter_not_found');
	const [me] = await tx
		.select({ lapsedAt: members.lapsedAt, deletedAt: members.deletedAt })
		.from(members)
		.where(eq(members.id, actor.id));
	if (!me || me.deletedAt) throw new Forbidden('error_forbidden');
	const [membership] = await tx
		.select({ home: chapterMemberships.home })
		.from(chapterMemberships)
		.where(
			and(eq(chapterMemberships.chapterId, chapterId), eq(chapterMemberships.memberId, actor.id))
		);
	const subject: ChapterSubject = {
		kind: chapter.kind,
		isMember: !!membership,
		isHome: !!membership?.home
	};
	return { chapter, subject, actor: { ...actor, lapsed: !!me.lapsedAt } };
}

/** Also join another chapter (the home chapter stays). */
export async function joinChapter(db: Db, actor: Actor, raw: unknown) {
	const { chapter: chapterId } = parseInput(chapterRefInput, raw);
	const settings = await membershipSettings(db);
	return db.transaction(async (tx) => {
		const loaded = await loadSubject(tx, actor, chapterId);
		if (!can(loaded.actor, 'join', loaded.subject, settings.tierRights))
			throw new Forbidden(
				loaded.subject.isMember ? 'error_chapter_already_member' : 'error_chapter_cannot_join'
			);
		const [{ n }] = await tx
			.select({ n: count() })
			.from(chapterMemberships)
			.where(eq(chapterMemberships.memberId, actor.id));
		if (n >= MAX_CHAPTERS_PER_MEMBER) throw new Conflict('error_chapter_too_many');
		await tx.insert(chapterMemberships).values({ chapterId, memberId: actor.id, home: false });
		await appendEvent(tx, {
			type: 'chapter.joined',
			actorId: actor.id,
			subjectType: 'chapter',
			subjectId: chapterId
		});
		return { chapterId };
	});
}

/** Leave a chapter that is not the home chapter. */
export async function leaveChapter(db: Db, actor: Actor, raw: unknown) {
	const { chapter: chapterId } = parseInput(chapterRefInput, raw);
	const settings = await membershipSettings(db);
	return db.transaction(async (tx) => {
		const loaded = await loadSubject(tx, actor, chapterId);
		if (!can(loaded.actor, 'leave', loaded.subject, settings.tierRights))
			throw new Forbidden(
				loaded.subject.isHome ? 'error_chapter_leave_home' : 'error_chapter_not_member'
			);
		await tx
			.delete(chapterMemberships)
			.where(
				and(eq(chapterMemberships.chapterId, chapterId), eq(chapterMemberships.memberId, actor.id))
			);
		await appendEvent(tx, {
			type: 'chapter.left',
			actorId: actor.id,
			subjectType: 'chapter',
			subjectId: chapterId
		});
		return { chapterId };
	});
}

/** Make another chapter the home chapter; the old home chapter is left. */
export async function moveToChapter(db: Db, actor: Actor, raw: unknown) {
	const { chapter: chapterId } = parseInput(chapterRefInput, raw);
	const settings = await membershipSettings(db);
	return db.transaction(async (tx) => {
		const loaded = await loadSubject(tx, actor, chapterId);
		if (!can(loaded.actor, 'move-to', loaded.subject, settings.tierRights))
			throw new Forbidden(
				loaded.subject.isHome ? 'error_chapter_already_home' : 'error_chapter_cannot_join'
			);
		const [old] = await tx
			.delete(chapterMemberships)
			.where(and(eq(chapterMemberships.memberId, actor.id), sql`${chapterMemberships.home}`))
			.returning({ chapterId: chapterMemberships.chapterId });
		if (loaded.subject.isMember)
			await tx
				.update(chapterMemberships)
				.set({ home: true })
				.where(
					and(
						eq(chapterMemberships.chapterId, chapterId),
						eq(chapterMemberships.memberId, actor.id)
					)
				);
		else await tx.insert(chapterMemberships).values({ chapterId, memberId: actor.id, home: true });
		await appendEvent(tx, {
			type: 'chapter.moved-to',
			actorId: actor.id,
			subjectType: 'chapter',
			subjectId: chapterId,
			data: { from: old?.chapterId ?? null }
		});
		return { chapterId, from: old?.chapterId ?? null };
	});
}
