import { eq, sql } from 'drizzle-orm';
import { comments, flags, forumThreads, posts, type FlagSubjectType } from '$lib/server/db/schema';
import { command } from '$lib/server/command';
import { NotFound } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import { flagInput } from '$lib/schemas/writing';
import { can } from '$lib/server/writing/policy';

export type { FlagSubjectType };

const FLAGGABLE = { comment: comments, post: posts, thread: forumThreads } satisfies Record<
	FlagSubjectType,
	unknown
>;

function isFlaggable(type: string): type is FlagSubjectType {
	return Object.hasOwn(FLAGGABLE, type);
}

/**
 * Flag a comment, post or thread with a reason. Enough flags from different members collapse it
 * until the moderation juries review it. One flag per member per item: a second one (even sent
 * twice at once) is a Conflict, by the unique index.
 */
export const flagContent = command({
	input: (subjectType: string, subjectId: number, raw: unknown) => ({
		subjectType,
		subjectId,
		...parseInput(flagInput, raw)
	}),
	load: async (tx, _actor, input) => {
		if (!isFlaggable(input.subjectType)) throw new NotFound('comment_error_not_found');
		const table = FLAGGABLE[input.subjectType];
		const [item] = await tx
			.select({ authorId: table.authorId })
			.from(table)
			.where(eq(table.id, input.subjectId));
		if (!item) throw new NotFound('comment_error_not_found');
		return { ...item, table };
	},
	allow: (actor, item) => can(actor, 'flag', item),
	forbidden: 'flag_error_own',
	run: async (tx, actor, { table }, input) => {
		await tx.insert(flags).values({
			subjectType: input.subjectType,
			subjectId: input.subjectId,
			memberId: actor.id,
			reason: input.reason,
			note: input.note
		});
		await tx
			.update(table)
			.set({ flagCount: sql`${table.flagCount} + 1` })
			.where(eq(table.id, input.subjectId));
	},
	event: (_out, _item, input, actor) => ({
		type: 'content.flagged',
		actorId: actor.id,
		subjectType: input.subjectType,
		subjectId: input.subjectId,
		data: { reason: input.reason }
	}),
	conflicts: { flags_subject_member_key: 'flag_error_already' }
});
