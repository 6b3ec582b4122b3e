/**
 * The demo's moderation: juries of three (the members chose small juries, a quorum of two), and
 * four past cases on comments of public posts, made with the real commands: flagged, a jury drawn
 * from the members by the recorded seed, its votes with reasons. One comment was kept, one hidden,
 * one earned its author a warning; one was hidden and then restored on appeal by a second jury.
 */
import { and, asc, eq, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { comments, instanceSettings, jurors, members, posts } from '$lib/server/db/schema';
import type { Verdict } from '$lib/domain/moderation/jury';
import { loadActor } from '$lib/server/members/actor';
import { flagContent } from '$lib/server/comments/commands';
import { appealCase, castJuryVote } from '$lib/server/moderation/commands';
import { DEMO_EMAIL } from './demo-people';

export const DEMO_JURY_POLICY = {
	flagsToOpen: 1,
	jurySize: 3,
	quorum: 2,
	deadlineHours: 72,
	appealDays: 14,
	maxSuspensionDays: 30
};

type Plan = {
	verdicts: Verdict[];
	reasons: string[];
	appeal?: { reason: string; verdict: Verdict };
};

const PLANS: Plan[] = [
	{
		verdicts: ['keep', 'keep', 'hide'],
		reasons: [
			'Sharp, but it argues with the post, not with the person.',
			'Disagreement is not abuse.',
			'The last line is a personal attack.'
		]
	},
	{
		verdicts: ['hide', 'hide', 'warn'],
		reasons: [
			'It repeats a member’s home address.',
			'Private data has no place in a public thread.',
			'Probably a mistake; a warning would do.'
		]
	},
	{
		verdicts: ['warn', 'warn', 'keep'],
		reasons: [
			'Insulting in tone; the author should know.',
			'Borderline. A warning, nothing more.',
			'Heated, but within bounds.'
		]
	},
	{
		verdicts: ['hide', 'hide', 'hide'],
		reasons: ['Looks like spam.', 'A link and nothing else.', 'Advertising.'],
		appeal: { reason: 'The link is to our chapter’s own fundraiser.', verdict: 'keep' }
	}
];

async function actor(db: Db, id: number) {
	return (await loadActor(db, id))!;
}

async function vote(db: Db, caseId: number, verdicts: Verdict[], reasons: string[]) {
	const seated = await db
		.select({ memberId: jurors.memberId })
		.from(jurors)
		.where(eq(jurors.caseId, caseId))
		.orderBy(asc(jurors.memberId));
	for (const [i, s] of seated.entries())
		await castJuryVote(db, await actor(db, s.memberId), caseId, {
			verdict: verdicts[i % verdicts.length],
			days: '',
			reason: reasons[i % reasons.length]
		});
}

export async function seedDemoModeration(db: Db) {
	await db
		.insert(instanceSettings)
		.values({ key: 'moderation.juries', value: DEMO_JURY_POLICY })
		.onConflictDoNothing();
	const [demo] = await db
		.select({ id: members.id })
		.from(members)
		.where(eq(members.email, DEMO_EMAIL));
	// Comments on public posts, by members other than the demo account, one per author.
	const picked = await db
		.selectDistinctOn([comments.authorId], { id: comments.id, authorId: comments.authorId })
		.from(comments)
		.innerJoin(posts, and(eq(posts.id, comments.subjectId), eq(comments.subjectType, 'post')))
		.innerJoin(members, eq(members.id, comments.authorId))
		.where(
			and(
				eq(posts.visibility, 'public'),
				eq(posts.status, 'published'),
				isNull(comments.deletedAt),
				isNull(members.lapsedAt),
				isNotNull(members.emailVerifiedAt),
				ne(comments.authorId, demo?.id ?? 0)
			)
		)
		.orderBy(comments.authorId, comments.id)
		.limit(PLANS.length);
	const flaggers = await db
		.select({ id: members.id })
		.from(members)
		.where(
			and(
				isNull(members.lapsedAt),
				isNotNull(members.emailVerifiedAt),
				ne(members.tier, 'friend'),
				ne(members.id, demo?.id ?? 0),
				sql`${members.id} not in (select author_id from comments)`
			)
		)
		.orderBy(asc(members.id))
		.limit(PLANS.length);
	for (const [i, plan] of PLANS.entries()) {
		const c = picked[i];
		const flagger = flaggers[i];
		if (!c || !flagger) break;
		await flagContent(db, await actor(db, flagger.id), 'comment', c.id, {
			reason: i === 3 ? 'spam' : 'abuse',
			note: ''
		});
		const { rows } = await db.execute<{ id: number }>(sql`
			select id::int as id from jury_cases
			where subject_type = 'comment' and subject_id = ${c.id} and appeal_of is null`);
		const caseId = Number(rows[0].id);
		await vote(db, caseId, plan.verdicts, plan.reasons);
		if (plan.appeal) {
			const appeal = await appealCase(db, await actor(db, c.authorId), caseId, {
				reason: plan.appeal.reason
			});
			await vote(
				db,
				appeal.id,
				[plan.appeal.verdict],
				[
					'A fundraiser of a chapter is not spam.',
					'It belongs in the discussion.',
					'Fine once you follow the link.'
				]
			);
		}
	}
}
