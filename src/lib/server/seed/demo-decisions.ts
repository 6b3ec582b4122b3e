import { and, asc, eq, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import {
	ballots,
	chapterMemberships,
	chapters,
	committeeMembers,
	committees,
	decisionGroups,
	decisions,
	members,
	stakeDeclarations
} from '$lib/server/db/schema';
import { SeededRandom } from '$lib/domain/tally/seeded-random';
import type { StoredChoice } from '$lib/domain/decisions/ballot-choice';
import { advanceDecision } from '$lib/server/decisions/advance';
import {
	acceptAmendment,
	proposeAmendment,
	putAmendmentToVote,
	voteOnAmendment
} from '$lib/server/decisions/amendments';
import { newReceipt } from '$lib/server/decisions/ballots';
import { createDecision, recordOutcome, submitDecision } from '$lib/server/decisions/commands';
import { acceptCoauthorship, inviteCoauthor } from '$lib/server/decisions/coauthors';
import { countOptions } from '$lib/server/decisions/tally';
import {
	fileMinorityReport,
	petitionRevisit,
	signMinorityReport,
	signPetition
} from '$lib/server/decisions/dissent';
import type { Actor } from '$lib/domain/members/actor';
import { loadActor } from '$lib/server/members/actor';
import { DEMO_EMAIL } from './demo-people';

/**
 * The demo organisation's decisions, in every state: the interim Mission, Vision and
 * Organisation documents under discussion with amendments; a finished secret Schulze vote; a
 * consent decision with a block; a decision with a minority report; a revisit petition halfway to
 * its threshold; live votes; a draft; a compromise run-off; a committee's decision. Proposals,
 * amendments, reports and petitions go through the real commands; ballots are inserted in
 * batches (with the weights and receipts the commands would give) and counted by the real close.
 */
const HOUR = 3_600_000;
type Person = Actor;

const MISSION = `## Interim Mission

We are an international, participatory, self-managing organisation.

We work for a society without classes, in which people control their own lives.

We decide together, with influence in proportion to how much a decision affects each of us.

We share empowering and onerous work fairly, and we keep the dissent of minorities.`;

const VISION = `## Interim Vision

A world in which economic, political, kinship and cultural life are organised by solidarity, diversity, equity and self-management.

Workplaces and neighbourhoods decide through councils.

No one is rewarded for property or power; effort and sacrifice are recognised.

Ecological balance is a condition of every plan.`;

const ORGANISATION = `## Interim Organisation

Members join chapters: local chapters in a city, national chapters in a country.

Each chapter decides its own affairs; the organisation decides what affects all of us.

Committees are mandated, rotate, and report back; they do not decide for the members.

A founding convention will ratify these documents when the preconditions are met.`;

/** The members as the app's loader sees them: the commands ask the policy about real actors. */
async function actorsOf(db: Db, rows: { id: number }[]): Promise<Actor[]> {
	const out: Actor[] = [];
	for (let i = 0; i < rows.length; i += 100)
		for (const a of await Promise.all(rows.slice(i, i + 100).map((r) => loadActor(db, r.id))))
			if (a) out.push(a);
	return out;
}

export async function seedDemoDecisions(db: Db) {
	const rng = new SeededRandom('plenary-demo-decisions');
	const now = Date.now();
	const at = (offsetHours: number) => new Date(now + offsetHours * HOUR);
	const everyone: Person[] = await actorsOf(
		db,
		await db
			.select({ id: members.id })
			.from(members)
			.where(
				and(
					isNotNull(members.emailVerifiedAt),
					isNull(members.lapsedAt),
					ne(members.tier, 'friend')
				)
			)
			.orderBy(asc(members.id))
	);
	const [demo] = await actorsOf(
		db,
		await db.select({ id: members.id }).from(members).where(eq(members.email, DEMO_EMAIL))
	);
	const others = everyone.filter((p) => p.id !== demo.id);
	const person = (i: number) => others[i % others.length];
	/** `n` different members from the `start`-th on (wrapping round: lapsed members are left out). */
	const crowd = (start: number, n: number) =>
		Array.from(
			{ length: Math.min(n, others.length) },
			(_, i) => others[(start + i) % others.length]
		);
	const handleOf = async (p: Person) =>
		(await db.select({ handle: members.handle }).from(members).where(eq(members.id, p.id)))[0]
			.handle;

	/** Propose and submit a decision as if `daysAgo` days ago. */
	async function propose(
		author: Person,
		input: Record<string, unknown>,
		daysAgo: number,
		coauthors: Person[] = []
	) {
		const id = await createDecision(db, author, {
			scope: 'organisation',
			discussionDays: '14',
			amendmentDays: '7',
			votingDays: '7',
			...input
		});
		for (const c of coauthors) {
			await inviteCoauthor(db, author, id, { handle: await handleOf(c) });
			await acceptCoauthorship(db, c, id);
		}
		await submitDecision(db, author, id, at(-daysAgo * 24));
		await db
			.update(decisions)
			.set({ createdAt: at(-daysAgo * 24 - 30) })
			.where(eq(decisions.id, id));
		return id;
	}
	/** Move a decision on to a moment, taking every step due by then. */
	const advanceTo = (id: number, hoursFromNow: number) => advanceDecision(db, id, at(hoursFromNow));

	/** Insert ballots for `voters` at once, as castBallot would write them. */
	async function vote(
		id: number,
		voters: Person[],
		choose: (i: number, optionIds: string[]) => StoredChoice,
		options: {
			secret?: boolean;
			weight?: (p: Person) => number;
			castHoursAgo?: number;
			reason?: (i: number) => string;
		} = {}
	) {
		const optionIds = (await countOptions(db, id)).map((o) => o.id);
		const rows = voters.map((p, i) => ({
			decisionId: id,
			voterId: p.id,
			choice: choose(i, optionIds),
			weight: options.weight?.(p) ?? 1,
			receipt: options.secret ? newReceipt() : null,
			reason: options.reason?.(i) ?? '',
			castAt: at(-(options.castHoursAgo ?? 24) - rng.below(48))
		}));
		for (let i = 0; i < rows.length; i += 500)
			await db.insert(ballots).values(rows.slice(i, i + 500));
	}

	// 1–3. The interim documents, under discussion and amendment.
	const [coA, coB, coC] = [person(3), person(17), person(41)];
	const mission = await propose(
		demo,
		{
			title: 'Adopt the interim Mission',
			summary: 'The short statement of what we are for, until the founding convention ratifies it.',
			body: MISSION,
			ballotType: 'consent',
			maxBlocks: '2',
			quorumPercent: '10'
		},
		3,
		[coA]
	);
	const fairly = MISSION.replace(
		'We share empowering and onerous work fairly',
		'We share empowering and onerous work in balance, and recognise effort'
	);
	const a1 = await proposeAmendment(db, coB, mission, {
		body: fairly,
		reason: 'Name the principle of balanced work and recognition of effort.'
	});
	await acceptAmendment(db, demo, mission, a1);
	const mission2 = fairly.replace('We are an international', 'We are an inclusive, international');
	const a2 = await proposeAmendment(db, coC, mission, {
		body: mission2,
		reason: 'Say who is welcome, first.'
	});
	await putAmendmentToVote(db, demo, mission, a2);
	for (const p of crowd(0, 40))
		await voteOnAmendment(db, p, mission, a2, { vote: rng.below(4) === 0 ? 'no' : 'yes' });
	await proposeAmendment(db, person(77), mission, {
		body: mission2.replace('without classes', 'without classes or borders'),
		reason: 'Internationalism belongs in the mission.'
	});

	const vision = await propose(
		person(5),
		{
			title: 'Adopt the interim Vision',
			summary: 'The society we are working towards.',
			body: VISION,
			ballotType: 'consent',
			quorumPercent: '10'
		},
		16,
		[demo]
	);
	await advanceTo(vision, 0); // discussion ended: amendments are open now
	await proposeAmendment(db, person(8), vision, {
		body: VISION.replace(
			'Ecological balance is a condition of every plan.',
			'Ecological balance and the needs of future generations are conditions of every plan.'
		),
		reason: 'Future generations are affected too.'
	});
	await proposeAmendment(db, demo, vision, {
		body: VISION.replace('councils', 'nested councils'),
		reason: 'Councils federate; say so.'
	});

	const organisation = await propose(
		person(9),
		{
			title: 'Adopt the interim Organisation document',
			summary: 'How chapters, committees and the convention relate.',
			body: ORGANISATION,
			ballotType: 'motion',
			threshold: 'two-thirds',
			quorumPercent: '10'
		},
		5,
		[person(10)]
	);
	await proposeAmendment(db, person(12), organisation, {
		body: ORGANISATION.replace(
			'Committees are mandated, rotate, and report back',
			'Committees are mandated, rotate every six months, and report back'
		),
		reason: 'Make rotation concrete.'
	});

	// 4. A finished secret Schulze vote, with receipts and published ballots.
	const names = ['Commons', 'Plenary Voice', 'The Assembly', 'Common Ground', 'Solidarity Notes'];
	const newsletter = await propose(
		person(20),
		{
			title: 'Name the members’ newsletter',
			summary: 'A ranked, secret vote between the names suggested in the forum.',
			body: 'The newsletter goes to every member each month. Five names were suggested in the forum; rank them.',
			ballotType: 'choice',
			method: 'schulze',
			options: names.join('\n'),
			secret: 'on',
			hideResults: 'on',
			discussionDays: '7',
			amendmentDays: '0',
			votingDays: '7'
		},
		30
	);
	await advanceTo(newsletter, -22 * 24);
	const preference = [
		[1, 0, 2, 3, 4],
		[0, 1, 3, 2, 4],
		[2, 1, 0, 4, 3],
		[1, 2, 0, 3, 4],
		[3, 1, 0, 2, 4]
	];
	await vote(
		newsletter,
		[demo, ...crowd(100, 420)],
		(i, ids) => {
			const order = preference[i % 7 === 0 ? 4 : i % 3];
			const depth = 2 + rng.below(4);
			return { ranking: order.slice(0, depth).map((k) => [ids[k]]) };
		},
		{ secret: true, castHoursAgo: 20 * 24 }
	);
	await advanceTo(newsletter, -15 * 24);
	await recordOutcome(db, person(20), newsletter, {
		statement:
			'The newsletter will be called **Plenary Voice**. Thank you to everyone who suggested a name.'
	});

	// 5. A consent decision with a block, in the demo member's home chapter.
	const [home] = await db
		.select({ id: chapterMemberships.chapterId })
		.from(chapterMemberships)
		.innerJoin(chapters, eq(chapters.id, chapterMemberships.chapterId))
		.where(and(eq(chapterMemberships.memberId, demo.id), eq(chapterMemberships.home, true)));
	if (home) {
		const local = await db
			.select({ id: chapterMemberships.memberId })
			.from(chapterMemberships)
			.where(eq(chapterMemberships.chapterId, home.id))
			.limit(60);
		const locals = local.map((r) => everyone.find((p) => p.id === r.id)!).filter(Boolean);
		const rota = await propose(
			locals.find((p) => p.id !== demo.id) ?? demo,
			{
				title: 'A rota for the tiring work of chapter meetings',
				summary: 'Minutes, room booking and cleaning up rotate among everyone.',
				body: 'Every member takes a turn, in alphabetical order, at taking minutes, booking the room and cleaning up. Anyone can swap a turn with a note in the forum.',
				scope: `chapter:${home.id}`,
				ballotType: 'consent',
				discussionDays: '7',
				amendmentDays: '0',
				votingDays: '5'
			},
			25
		);
		await advanceTo(rota, -18 * 24 + 1);
		await vote(
			rota,
			locals,
			(i) => ({
				vote: i === 2 ? 'block' : i % 5 === 0 ? 'abstain' : i % 7 === 0 ? 'disagree' : 'agree'
			}),
			{
				castHoursAgo: 16 * 24,
				reason: (i) =>
					i === 2
						? 'Alphabetical order puts the same three people on every cleaning shift in winter; let us draw lots instead.'
						: ''
			}
		);
		await advanceTo(rota, -12 * 24);
	}

	// 6. A stake-weighted motion that passed, with a minority report and co-signers.
	const fees = await propose(
		person(30),
		{
			title: 'A sliding scale for membership contributions',
			summary: 'Contributions follow income, and nobody is excluded for not paying.',
			body: 'Members contribute what they can on a sliding scale from nothing to 2% of income. Nobody loses any right for not contributing.',
			ballotType: 'motion',
			weighting: 'stake',
			stakeLevels: '5',
			discussionDays: '10',
			amendmentDays: '0',
			votingDays: '7',
			minorityReportDays: '60'
		},
		40
	);
	await advanceTo(fees, -30 * 24 + 1);
	const feeVoters = crowd(600, 300);
	const stakes = feeVoters.map((p, i) => ({
		decisionId: fees,
		memberId: p.id,
		level: 1 + (i % 5),
		reason: [
			'It changes little for me.',
			'I pay now and would pay less.',
			'I cannot pay the flat fee.',
			'I keep the accounts of my chapter.',
			'Our chapter depends on the contributions.'
		][i % 5]
	}));
	await db.insert(stakeDeclarations).values(stakes);
	await vote(
		fees,
		feeVoters,
		(i) => ({ vote: i % 4 === 0 ? 'no' : i % 9 === 0 ? 'abstain' : 'yes' }),
		{ weight: (p) => stakes.find((s) => s.memberId === p.id)!.level, castHoursAgo: 28 * 24 }
	);
	await advanceTo(fees, -22 * 24);
	const dissenter = feeVoters[4];
	const report = await fileMinorityReport(
		db,
		dissenter,
		fees,
		{
			title: 'A floor keeps the organisation solvent',
			body: 'We agree that nobody should be excluded, but without a small minimum contribution the national chapters cannot pay for rooms and translation. We ask that the decision be reviewed after one year with the accounts on the table.'
		},
		at(-21 * 24)
	);
	for (const p of [feeVoters[8], feeVoters[12], feeVoters[16]])
		await signMinorityReport(db, p, fees, report);

	// 7. A closed decision with a revisit petition halfway to its threshold.
	const online = await propose(
		person(50),
		{
			title: 'Hold the founding convention online',
			summary: 'Meet online so that members in every country can take part.',
			body: 'The founding convention meets online over three weekends, with interpretation into every language members ask for.',
			ballotType: 'motion',
			discussionDays: '14',
			amendmentDays: '0',
			votingDays: '7',
			revisitPercent: '5'
		},
		60
	);
	await advanceTo(online, -46 * 24 + 1);
	await vote(online, crowd(1000, 400), (i) => ({ vote: i % 3 === 0 ? 'no' : 'yes' }), {
		castHoursAgo: 44 * 24
	});
	await advanceTo(online, -38 * 24);
	const petition = await petitionRevisit(db, person(1001), online, {
		reason:
			'Travel grants now exist; an in-person convention with an online link would let more people take part fully.'
	});
	const [{ threshold }] = await db
		.execute<{ threshold: number }>(
			sql`select threshold from revisit_petitions where id = ${petition}`
		)
		.then((r) => r.rows);
	for (const p of crowd(1002, Math.floor(Number(threshold) / 2) - 1))
		await signPetition(db, p, online, petition);

	// 8. Live: an open, group-weighted vote the demo member has not voted on yet.
	const [{ id: someCountry }] = await db
		.select({ id: chapters.id })
		.from(chapters)
		.where(eq(chapters.kind, 'country'))
		.orderBy(asc(chapters.id))
		.limit(1);
	const translation = await propose(
		person(60),
		{
			title: 'A budget for the translation working group',
			summary: 'Interpretation and translation for the convention and the interim documents.',
			body: 'The translation working group gets a budget for interpretation at the convention and for translating the interim documents into the ten most spoken languages among members.',
			ballotType: 'motion',
			weighting: 'group',
			groupFactor: '2',
			affected: [`chapter:${someCountry}`],
			discussionDays: '7',
			amendmentDays: '0',
			votingDays: '10',
			quorumPercent: '15'
		},
		9
	);
	await advanceTo(translation, 0);
	await vote(
		translation,
		crowd(1500, 300),
		(i) => ({ vote: i % 6 === 0 ? 'no' : i % 11 === 0 ? 'abstain' : 'yes' }),
		{
			castHoursAgo: 1,
			reason: (i) => (i % 10 === 0 ? 'Language should never decide who takes part.' : '')
		}
	);
	await db.execute(
		sql`update ballots b set weight = 2 where b.decision_id = ${translation} and exists (select 1 from chapter_memberships cm join chapters c on c.id = cm.chapter_id where cm.member_id = b.voter_id and (c.id = ${someCountry} or c.parent_id = ${someCountry}))`
	);

	// 9. Live: a secret approval vote with results hidden until the close.
	const call = await propose(
		person(70),
		{
			title: 'Which days suit the monthly international call?',
			summary: 'Approve every day you could join.',
			body: 'The international call moves to the days most members can join. Approve every day that suits you.',
			ballotType: 'choice',
			method: 'approval',
			options: 'Tuesday\nWednesday\nSaturday\nSunday',
			secret: 'on',
			hideResults: 'on',
			discussionDays: '3',
			amendmentDays: '0',
			votingDays: '7'
		},
		4
	);
	await advanceTo(call, 0);
	await vote(
		call,
		crowd(2000, 150),
		(i, ids) => ({ approve: ids.filter((_, k) => (i + k) % 3 !== 0) }),
		{ secret: true, castHoursAgo: 1 }
	);

	// 10. The demo member's own draft.
	await createDecision(db, demo, {
		scope: 'organisation',
		title: 'A code of conduct for online discussion',
		summary: 'How we disagree well.',
		body: 'We criticise ideas, not people. We assume good faith. Moderators are elected and rotate.',
		ballotType: 'consent'
	});

	// 11. A compromise run-off: the positions poll closed, the run-off in discussion.
	const structure = await propose(
		person(80),
		{
			title: 'How chapters federate',
			summary: 'A compromise run-off between the positions in the forum.',
			body: 'Three positions on how local and national chapters relate emerged in the forum. First we poll them; then the authors write a compromise and we choose between it and the most popular position.',
			ballotType: 'choice',
			method: 'schulze',
			template: 'compromise-runoff',
			options:
				'National chapters coordinate local ones\nLocal chapters federate directly\nRegional assemblies between them',
			discussionDays: '7',
			amendmentDays: '0',
			votingDays: '7'
		},
		28
	);
	await advanceTo(structure, -21 * 24 + 1);
	await vote(
		structure,
		crowd(2200, 200),
		(i, ids) => ({ ranking: [[ids[i % 3]], [ids[(i + 1) % 3]]] }),
		{ castHoursAgo: 19 * 24 }
	);
	await advanceTo(structure, -14 * 24);
	const [runoff] = await db
		.select({ id: decisions.id })
		.from(decisions)
		.where(eq(decisions.followsId, structure));
	if (runoff) {
		await db
			.update(decisions)
			.set({
				body: 'Local chapters federate directly in regional assemblies; national chapters coordinate only what regional assemblies ask them to.'
			})
			.where(eq(decisions.id, runoff.id));
		await submitDecision(db, person(80), runoff.id, at(-2 * 24));
	}

	// 12. A committee and one of its decisions, counted by score.
	const [committee] = await db
		.insert(committees)
		.values({
			name: 'Interim Committee',
			slug: 'interim-committee',
			mandate: 'Prepares the founding convention and reports to the members every month.'
		})
		.returning({ id: committees.id });
	const seats = [demo, ...crowd(10, 11)];
	await db
		.insert(committeeMembers)
		.values(seats.map((p) => ({ committeeId: committee.id, memberId: p.id })));
	const venue = await propose(
		seats[1],
		{
			title: 'Which platform for the online convention',
			summary: 'The committee scores the platforms it tested.',
			body: 'We tested three platforms for interpretation, breakout rooms and accessibility.',
			scope: `committee:${committee.id}`,
			ballotType: 'choice',
			method: 'score',
			options: 'Jitsi\nBigBlueButton\nMatrix with Element Call',
			discussionDays: '3',
			amendmentDays: '0',
			votingDays: '3'
		},
		12
	);
	await advanceTo(venue, -9 * 24 + 1);
	await vote(
		venue,
		seats.slice(1),
		(i, ids) => ({ scores: Object.fromEntries(ids.map((id, k) => [id, (i + k * 2) % 6])) }),
		{ castHoursAgo: 7 * 24 }
	);
	await advanceTo(venue, -6 * 24);
	await db
		.insert(decisionGroups)
		.values({ decisionId: venue, groupKind: 'chapter', groupId: someCountry })
		.onConflictDoNothing();
}
