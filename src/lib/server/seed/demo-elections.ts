/**
 * The demo's elections: the interim committee's seats filled five months ago by a Meek STV count
 * of 36 voters' ranked ballots (as the model organisation's one-year mandates were, by polls of
 * about that size), with a balance rule of at least 30% women, its rounds, its reserves and its
 * seat holders' mandates; and a facilitator election in nominations in a small chapter (one
 * candidate who stood with a statement, one nominee who has not yet accepted). Runs before the
 * governance seed, which then leaves the committee's seats to this election and resigns one of
 * them to show countback. Deterministic: the same every time.
 */
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import {
	candidacies,
	committees,
	electionBallots,
	electionElectors,
	elections
} from '$lib/server/db/schema';
import { SeededRandom } from '$lib/domain/tally/seeded-random';
import { advanceElection } from '$lib/server/elections/advance';
import { DEMO_EMAIL } from './demo-people';

const DAY = 86_400_000;
const VOTERS = 36;

export async function seedDemoElections(db: Db) {
	const at = (days: number) => new Date(Date.now() + days * DAY);
	await seedCommitteeElection(db, at);
	await seedFacilitatorElection(db, at);
}

const active = sql`m.deleted_at is null and m.lapsed_at is null and m.email_verified_at is not null
	and m.tier <> 'friend' and m.email <> ${DEMO_EMAIL}`;

async function seedCommitteeElection(db: Db, at: (days: number) => Date) {
	const [committee] = await db
		.select({ id: committees.id })
		.from(committees)
		.where(eq(committees.slug, 'interim-committee'));
	if (!committee) return;
	// Eleven candidates: the committee's sitting members first (they stood again), then others.
	const people = await db.execute<{ id: number; gender: string | null }>(sql`
		select m.id::int as id, m.gender from members m
		left join committee_members km on km.member_id = m.id and km.committee_id = ${committee.id}
		where ${active}
		order by (km.member_id is null), m.created_at, m.id limit 11`);
	if (people.rows.length < 8) return;
	const [e] = await db
		.insert(elections)
		.values({
			role: 'committee-seat',
			scopeKind: 'committee',
			scopeId: committee.id,
			seats: 7,
			method: 'meek',
			nominationsEndAt: at(-165),
			votingEndsAt: at(-150),
			balance: { attribute: 'gender', value: 'f', minShare: 0.3 },
			seed: 'demo-interim-committee',
			createdAt: at(-180)
		})
		.returning({ id: elections.id });
	const statements = [
		'I have kept our minutes since the founding; I will publish them within a week of each meeting.',
		'Silence is not consent. I will push for every committee vote to be counted, not assumed.',
		'I want the committee to answer chapters within a fortnight.',
		'Translation first: every decision in at least four languages.'
	];
	const cands = await db
		.insert(candidacies)
		.values(
			people.rows.map((p, i) => ({
				electionId: e.id,
				memberId: p.id,
				nominatedBy: p.id,
				consentedAt: at(-170 + i / 10),
				statement: statements[i % statements.length],
				createdAt: at(-170 + i / 10)
			}))
		)
		.returning({ id: candidacies.id });
	await advanceElection(db, e.id, at(-164));
	// 36 of the electorate voted: each ranks a few candidates, most agreeing on some favourites.
	const electors = await db
		.select({ id: electionElectors.memberId })
		.from(electionElectors)
		.where(eq(electionElectors.electionId, e.id))
		.orderBy(asc(electionElectors.memberId))
		.limit(VOTERS * 3);
	const rng = new SeededRandom('plenary-demo-election');
	const ids = cands.map((c) => String(c.id));
	const popularity = ids.map((_, i) => 12 - i + rng.below(5));
	const voters = electors.filter((_, i) => i % 3 === 0).slice(0, VOTERS);
	await db.insert(electionBallots).values(
		voters.map((v, n) => {
			const keyed = ids.map((c, i) => ({ c, key: popularity[i] + rng.below(9) }));
			keyed.sort((a, b) => b.key - a.key);
			const length = 3 + rng.below(ids.length - 2);
			return {
				electionId: e.id,
				voterId: v.id,
				choice: { ranking: keyed.slice(0, length).map((k) => k.c) },
				castAt: at(-163 + (n * 12) / VOTERS)
			};
		})
	);
	await advanceElection(db, e.id, at(-150));
}

async function seedFacilitatorElection(db: Db, at: (days: number) => Date) {
	// A small chapter (too small for the governance seed to give it a facilitator) with members.
	const [chapter] = (
		await db.execute<{ id: number; people: number[] }>(sql`
		select c.id::int as id, (array_agg(m.id::int order by m.created_at, m.id))[1:3] as people
		from chapters c
		join chapter_memberships cm on cm.chapter_id = c.id
		join members m on m.id = cm.member_id
		where c.parent_id is not null and ${active}
		group by c.id having count(*) between 3 and 4
		order by count(*) desc, c.id limit 1`)
	).rows;
	if (!chapter) return;
	const [e] = await db
		.insert(elections)
		.values({
			role: 'facilitator',
			scopeKind: 'chapter',
			scopeId: chapter.id,
			seats: 2,
			method: 'meek',
			nominationsEndAt: at(9),
			votingEndsAt: at(16),
			seed: 'demo-facilitator-election',
			createdBy: chapter.people[0],
			createdAt: at(-5)
		})
		.returning({ id: elections.id });
	const [first, second, nominee] = chapter.people;
	await db.insert(candidacies).values([
		{
			electionId: e.id,
			memberId: first,
			nominatedBy: first,
			consentedAt: at(-4),
			statement:
				'We meet once a month and nobody knows where. I will fix a place and keep the list.',
			createdAt: at(-4)
		},
		// Nominated by a neighbour; until they accept, they are not on the ballot.
		...(nominee && second
			? [{ electionId: e.id, memberId: nominee, nominatedBy: second, createdAt: at(-2) }]
			: [])
	]);
}
