/**
 * The demo's unlinkable secret ballot: a sensitive motion in voting, with about a hundred members
 * who took their credential and cast without their names (written as the cast would write them:
 * no voter, no time, random ids), so the turnout and the not-voted list show who took part and
 * nothing says how. The demo member has not voted: they can try it in the browser.
 */
import { randomBytes } from 'node:crypto';
import { and, asc, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { ballotCredentials, members } from '$lib/server/db/schema';
import { loadActor } from '$lib/server/members/actor';
import { advanceDecision } from '$lib/server/decisions/advance';
import { newReceipt } from '$lib/server/decisions/ballots';
import { createDecision, submitDecision } from '$lib/server/decisions/commands';
import { classKey, NO_TIME, SHARED_WEIGHT } from '$lib/server/unlinkable/credentials';
import { randomRowId, tokenHash } from '$lib/server/unlinkable/crypto';
import { DEMO_EMAIL } from './demo-people';

const DAY = 86_400_000;
const VOTERS = 110;

export async function seedDemoUnlinkable(db: Db) {
	const now = Date.now();
	const people = await db
		.select({ id: members.id })
		.from(members)
		.where(
			and(
				isNotNull(members.emailVerifiedAt),
				isNull(members.lapsedAt),
				ne(members.tier, 'friend'),
				ne(members.email, DEMO_EMAIL)
			)
		)
		.orderBy(asc(members.id))
		.limit(600);
	const author = (await loadActor(db, people[people.length >> 1].id))!;
	const id = await createDecision(db, author, {
		scope: 'organisation',
		title: 'Refer the complaint against a chapter facilitator to an elected jury',
		summary: 'A sensitive vote: cast unlinkably, so not even the server knows who voted how.',
		body:
			'A complaint about a chapter facilitator was made in confidence. We refer it to a jury of ' +
			'five members drawn by lot from volunteers, who hear both sides and report within a month.\n\n' +
			'Because members may fear pressure either way, this ballot is unlinkable: the server records ' +
			'who took part, but stores each ballot without its voter.',
		ballotType: 'motion',
		unlinkable: 'on',
		discussionDays: '2',
		amendmentDays: '0',
		votingDays: '7'
	});
	await submitDecision(db, author, id, new Date(now - 4 * DAY));
	await advanceDecision(db, id, new Date(now));
	await classKey(db, 'decision', id, SHARED_WEIGHT);
	const voters = people.slice(0, Math.min(VOTERS, people.length >> 1));
	await db
		.insert(ballotCredentials)
		.values(
			voters.map((v) => ({ subjectKind: 'decision' as const, subjectId: id, memberId: v.id }))
		);
	// The ballots, in an order that has nothing to do with the voters'.
	for (let i = 0; i < voters.length; i++) {
		const vote = i % 5 === 0 ? 'no' : i % 11 === 0 ? 'abstain' : 'yes';
		await db.execute(sql`
			insert into ballots (id, decision_id, token_hash, choice, weight, receipt, cast_at)
			overriding system value
			values (${randomRowId()}, ${id}, ${tokenHash(randomBytes(32))},
				${JSON.stringify({ vote })}::jsonb, ${SHARED_WEIGHT}, ${newReceipt()},
				${NO_TIME.toISOString()}::timestamptz)`);
	}
	return id;
}
