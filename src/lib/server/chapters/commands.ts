import { and, eq, sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import type { Actor } from '$lib/domain/members/actor';
import { chapterMemberships, chapters, members } from '$lib/server/db/schema';
import { command } from '$lib/server/command';
import { Conflict, Forbidden, NotFound, type MessageKey } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import { chapterRefInput } from '$lib/schemas/members';
import { can, type ChapterAction, type ChapterSubject } from './policy';
import { eventAbout } from '$lib/server/events/about';

/** How many chapters one member may belong to (home included). */
export const MAX_CHAPTERS_PER_MEMBER = 12;

const input = (raw: unknown) => ({ chapterId: parseInput(chapterRefInput, raw).chapter });

type Loaded = ChapterSubject & { id: number; memberships: number };

/**
 * The chapter and the actor's standing in it, read in the command's transaction. The member's
 * row is locked first, so one member's joins, leaves and moves run one after another (the limit
 * on chapters cannot be passed by two joins at once).
 */
async function load(tx: Queryable, actor: Actor, { chapterId }: { chapterId: number }) {
	await tx.select({ id: members.id }).from(members).where(eq(members.id, actor.id)).for('update');
	const [chapter] = await tx
		.select({ id: chapters.id, kind: chapters.kind })
		.from(chapters)
		.where(eq(chapters.id, chapterId));
	if (!chapter) throw new NotFound('error_chapter_not_found');
	const mine = await tx
		.select({ chapterId: chapterMemberships.chapterId, home: chapterMemberships.home })
		.from(chapterMemberships)
		.where(eq(chapterMemberships.memberId, actor.id));
	const here = mine.find((m) => m.chapterId === chapterId);
	return {
		...chapter,
		isMember: !!here,
		isHome: !!here?.home,
		memberships: mine.length
	} satisfies Loaded;
}

/** The policy, refusing with the message that says why for this chapter. */
function allowed(action: ChapterAction, refusal: (s: Loaded) => MessageKey) {
	return (actor: Actor, subject: Loaded) => {
		if (!can(actor, action, subject)) throw new Forbidden(refusal(subject));
		return true;
	};
}

/** Also join another chapter (the home chapter stays). */
export const joinChapter = command({
	input,
	load,
	allow: allowed('join', (s) =>
		s.isMember ? 'error_chapter_already_member' : 'error_chapter_cannot_join'
	),
	check: (subject) => {
		if (subject.memberships >= MAX_CHAPTERS_PER_MEMBER)
			throw new Conflict('error_chapter_too_many');
	},
	run: async (tx, actor, subject) => {
		await tx
			.insert(chapterMemberships)
			.values({ chapterId: subject.id, memberId: actor.id, home: false });
		return { chapterId: subject.id };
	},
	event: (out, _s, _i, actor) =>
		eventAbout('chapter', out.chapterId, actor.id, { type: 'chapter.joined' }),
	conflicts: { chapter_memberships_chapter_id_member_id_pk: 'error_chapter_already_member' }
});

/** Leave a chapter that is not the home chapter. */
export const leaveChapter = command({
	input,
	load,
	allow: allowed('leave', (s) =>
		s.isHome ? 'error_chapter_leave_home' : 'error_chapter_not_member'
	),
	run: async (tx, actor, subject) => {
		await tx
			.delete(chapterMemberships)
			.where(
				and(eq(chapterMemberships.chapterId, subject.id), eq(chapterMemberships.memberId, actor.id))
			);
		return { chapterId: subject.id };
	},
	event: (out, _s, _i, actor) =>
		eventAbout('chapter', out.chapterId, actor.id, { type: 'chapter.left' })
});

/** Make another chapter the home chapter; the old home chapter is left. */
export const moveToChapter = command({
	input,
	load,
	allow: allowed('move-to', (s) =>
		s.isHome ? 'error_chapter_already_home' : 'error_chapter_cannot_join'
	),
	run: async (tx, actor, subject) => {
		const [old] = await tx
			.delete(chapterMemberships)
			.where(and(eq(chapterMemberships.memberId, actor.id), sql`${chapterMemberships.home}`))
			.returning({ chapterId: chapterMemberships.chapterId });
		if (subject.isMember)
			await tx
				.update(chapterMemberships)
				.set({ home: true })
				.where(
					and(
						eq(chapterMemberships.chapterId, subject.id),
						eq(chapterMemberships.memberId, actor.id)
					)
				);
		else
			await tx
				.insert(chapterMemberships)
				.values({ chapterId: subject.id, memberId: actor.id, home: true });
		return { chapterId: subject.id, from: old?.chapterId ?? null };
	},
	event: (out, _s, _i, actor) =>
		eventAbout('chapter', out.chapterId, actor.id, {
			type: 'chapter.moved-to',
			data: { from: out.from }
		}),
	conflicts: { chapter_memberships_home_key: 'error_chapter_already_home' }
});
