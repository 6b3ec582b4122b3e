/**
 * The authorisation world's part for moderation juries: an open case about the thread whose only
 * juror is the facilitator, and a decided case (hidden) about the author's draft, which the author
 * may appeal. Written straight into the tables: a real draw would seat members at random, and the
 * matrix needs to know who sits.
 */
import type { Db } from '$lib/server/db/client';
import { jurors, juryCases, juryDraws } from '$lib/server/db/schema';

export async function moderationFixtures(
	db: Db,
	o: { authorId: number; facilitatorId: number; threadId: number; draftId: number }
) {
	const later = new Date(Date.now() + 72 * 3_600_000);
	const [open, decided] = await db
		.insert(juryCases)
		.values([
			{
				subjectType: 'thread',
				subjectId: o.threadId,
				authorId: o.authorId,
				title: 'Meeting times',
				deadline: later
			},
			{
				subjectType: 'post',
				subjectId: o.draftId,
				authorId: o.authorId,
				title: 'Not yet',
				deadline: new Date(),
				status: 'decided',
				verdict: 'hide',
				counts: { keep: 0, warn: 0, hide: 1, suspend: 0 },
				decidedAt: new Date()
			}
		])
		.returning({ id: juryCases.id });
	for (const c of [open, decided])
		await db.insert(juryDraws).values({
			caseId: c.id,
			round: 1,
			seed: `${c.id}-1-matrix`,
			poolSize: 1,
			positions: [0],
			deadline: later
		});
	await db.insert(jurors).values([
		{ caseId: open.id, memberId: o.facilitatorId, round: 1 },
		{
			caseId: decided.id,
			memberId: o.facilitatorId,
			round: 1,
			verdict: 'hide',
			reason: 'Matrix.',
			votedAt: new Date()
		}
	]);
	return { 'jury-case:open': String(open.id), 'jury-case:decided': String(decided.id) };
}
