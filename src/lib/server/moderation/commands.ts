/**
 * What members do with jury cases: a juror votes, an author appeals, a member serves on juries or
 * opts out. Cases open from flags (comments/flags.ts → cases.ts) and move on with the scheduler.
 */
import { and, eq } from 'drizzle-orm';
import { jurors, juryCases, juryOptOuts } from '$lib/server/db/schema';
import { command } from '$lib/server/command';
import { Conflict, Invalid, NotFound } from '$lib/server/errors';
import { eventAbout } from '$lib/server/events/about';
import { parseInput } from '$lib/server/validation';
import { appealInput, juryDutyInput, juryVoteInput } from '$lib/schemas/moderation';
import { advanceCase, lockCase, openAppeal } from './cases';
import { can } from './policy';
import { juryPolicy } from './settings';

/**
 * A juror's vote. A vote is final: a second one answers 409 (Conflict) and changes nothing, so
 * the counts a jury publishes are the votes it cast. When the last juror votes, the case is
 * decided at once. The case row is locked, so votes and the deadline's step come one at a time.
 */
export const castJuryVote = command({
	input: (caseId: number, raw: unknown) => ({ caseId, ...parseInput(juryVoteInput, raw) }),
	load: async (tx, actor, input) => {
		const c = await lockCase(tx, input.caseId);
		if (!c) throw new NotFound('moderation_error_not_found');
		const [seat] = await tx
			.select()
			.from(jurors)
			.where(and(eq(jurors.caseId, c.id), eq(jurors.memberId, actor.id)));
		return { c, seat: seat?.round === c.round ? seat : null };
	},
	allow: (actor, { c, seat }) => can(actor, 'vote', { authorId: c.authorId, seated: !!seat }),
	forbidden: 'moderation_error_not_juror',
	check: async ({ c, seat }, input, _actor, tx) => {
		if (c.status !== 'open') throw new Conflict('moderation_error_closed');
		if (c.deadline <= new Date()) throw new Conflict('moderation_error_deadline_passed');
		if (seat?.votedAt) throw new Conflict('moderation_error_already_voted');
		if (input.verdict === 'suspend') {
			// A reply from another server has no member author: there is nobody here to suspend.
			if (c.authorId === null)
				throw new Invalid('error_form', { verdict: 'moderation_error_no_author' });
			const { maxSuspensionDays } = await juryPolicy(tx);
			if (!input.days || input.days < 1 || input.days > maxSuspensionDays)
				throw new Invalid('error_form', { days: 'moderation_error_days' });
		}
	},
	run: async (tx, actor, { c }, input) => {
		await tx
			.update(jurors)
			.set({
				verdict: input.verdict,
				suspendDays: input.verdict === 'suspend' ? input.days : null,
				reason: input.reason,
				votedAt: new Date()
			})
			.where(and(eq(jurors.caseId, c.id), eq(jurors.memberId, actor.id)));
		return advanceCase(tx, c);
	},
	event: (_out, { c }, _input, actor) =>
		eventAbout('jury-case', c.id, actor.id, { type: 'jury-case.voted', data: { round: c.round } })
});

/**
 * The author's appeal of a verdict, once, within the appeal window: a new jury, none of whose
 * members sat on the first, decides again, and its verdict replaces the first. An appeal cannot
 * itself be appealed; a verdict to keep leaves nothing to appeal.
 */
export const appealCase = command({
	input: (caseId: number, raw: unknown) => ({ caseId, ...parseInput(appealInput, raw) }),
	load: async (tx, _actor, input) => {
		const c = await lockCase(tx, input.caseId);
		if (!c) throw new NotFound('moderation_error_not_found');
		return c;
	},
	allow: (actor, c) => can(actor, 'appeal', { authorId: c.authorId, seated: false }),
	forbidden: 'moderation_error_not_author',
	check: async (c, _input, _actor, tx) => {
		if (c.status !== 'decided' || !c.decidedAt) throw new Conflict('moderation_error_not_decided');
		if (c.appealOf) throw new Conflict('moderation_error_appeal_final');
		if (c.verdict === 'keep') throw new Conflict('moderation_error_nothing_to_appeal');
		const [already] = await tx
			.select({ id: juryCases.id })
			.from(juryCases)
			.where(eq(juryCases.appealOf, c.id));
		if (already) throw new Conflict('moderation_error_already_appealed');
		const { appealDays } = await juryPolicy(tx);
		if (Date.now() > c.decidedAt.getTime() + appealDays * 86_400_000)
			throw new Conflict('moderation_error_appeal_late');
	},
	run: (tx, _actor, c, input) => openAppeal(tx, c, input.reason),
	event: (appeal, c, _input, actor) =>
		eventAbout('jury-case', appeal.id, actor.id, {
			type: 'jury-case.appealed',
			data: { appealOf: c.id }
		}),
	conflicts: { jury_cases_appeal_key: 'moderation_error_already_appealed' }
});

/** Serve on juries (the default) or opt out of being drawn; cases already drawn stay. */
export const setJuryDuty = command({
	input: (raw: unknown) => parseInput(juryDutyInput, raw),
	load: async () => null,
	allow: (actor) => can(actor, 'set-duty', null),
	run: async (tx, actor, _s, input) => {
		if (input.serving === 'yes')
			await tx.delete(juryOptOuts).where(eq(juryOptOuts.memberId, actor.id));
		else await tx.insert(juryOptOuts).values({ memberId: actor.id }).onConflictDoNothing();
		return input.serving === 'yes';
	},
	event: (serving, _s, _i, actor) =>
		eventAbout('member', actor.id, actor.id, {
			type: 'jury-duty.changed',
			data: { serving }
		})
});
