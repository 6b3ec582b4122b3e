import type pg from 'pg';
import { eq } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { DEFAULT_SETTINGS, type BallotType, type Phase } from '$lib/domain/decisions/types';
import type { StoredChoice } from '$lib/domain/decisions/ballot-choice';
import { decisions } from '$lib/server/db/schema';
import { closingCount } from '$lib/server/decisions/tally';
import { slugify } from '$lib/server/refs';
import { advanceIdentity, insertColumns, lastId, withIndexesDeferred } from './columns';
import { seedComments, spread, type Subject } from './comments';
import type { Chapters } from './chapters';
import type { Person } from './people';
import type { Log } from './log';
import { Writer, upTo } from './text';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const FLUSH = 50_000;
/** Phases by the decision's number modulo 20: half closed, the rest in every other phase. */
const PHASE_CYCLE: Phase[] = [
	...Array<Phase>(2).fill('draft'),
	...Array<Phase>(3).fill('discussion'),
	...Array<Phase>(2).fill('amendments'),
	...Array<Phase>(3).fill('voting'),
	...Array<Phase>(10).fill('closed')
];
const TYPES: BallotType[] = ['motion', 'consent', 'choice'];
const METHOD: Record<BallotType, string> = {
	motion: 'threshold',
	consent: 'consent',
	choice: 'schulze'
};
const OPTIONS = [
	'Option A: start now',
	'Option B: pilot first',
	'Option C: wait a year',
	'Option D: drop it'
];

type Plan = {
	id: number;
	phase: Phase;
	type: BallotType;
	scopeId: number | null;
	electorate: readonly number[];
	author: number;
	title: string;
	body: string;
	createdAt: Date;
	cutoff: Date | null;
	discussionEndsAt: Date | null;
	amendmentsEndAt: Date | null;
	votingEndsAt: Date | null;
	phaseChangedAt: Date;
	options: number[];
	outcome?: string;
};

/** The deadlines of a decision in `phase`, seen from `now` (deterministic from the generator). */
function timesFor(phase: Phase, now: number, writer: Writer) {
	const r = (days: number) => HOUR + upTo(writer.rng, days * DAY);
	let voting: number;
	if (phase === 'closed') voting = now - r(700);
	else if (phase === 'voting') voting = now + r(7);
	else if (phase === 'amendments') voting = now + r(3) + 7 * DAY;
	else voting = now + r(7) + 10 * DAY;
	const amendments = voting - 7 * DAY;
	const discussion = amendments - 3 * DAY;
	const submitted = discussion - 7 * DAY;
	return { voting, amendments, discussion, submitted };
}

/**
 * Decisions in every phase, organisation-wide or a country chapter's, of each ballot type, as the
 * commands leave them (authors, first version, options, fixed electorate); ballots for the ones
 * voting or closed, one current ballot per voter; and the closed ones counted and closed as the
 * app's close does, with the result it stores. The first decision is closed and
 * organisation-wide with every member's ballot; earlier, changed ballots (superseded, kept as
 * history) bring its rows to the preset's figure, since one counted ballot per member is the most
 * a decision can have. Drafts have no deadlines or electorate yet, as a draft does.
 */
export async function seedDecisions(
	connection: { db: Db; pool: pg.Pool },
	people: Person[],
	chapters: Chapters,
	figures: { decisions: number; ballots: number; bigDecisionBallots: number; comments: number },
	now: Date,
	log: Log
) {
	const { db, pool } = connection;
	const writer = new Writer('plenary-large-decisions');
	const everyone = people.map((p) => p.id);
	const byCountry = new Map<string, number[]>();
	for (const p of people) byCountry.set(p.country, [...(byCountry.get(p.country) ?? []), p.id]);
	let started = Date.now();

	const base = await lastId(pool, 'decisions');
	let optionId = await lastId(pool, 'decision_options');
	const plans: Plan[] = [];
	for (let i = 0; i < figures.decisions; i++) {
		const phase = i === 0 ? 'closed' : PHASE_CYCLE[i % PHASE_CYCLE.length];
		const type = i === 0 ? 'motion' : TYPES[i % TYPES.length];
		// Chapter decisions fall on countries in proportion to their members.
		const country = i % 2 === 0 ? null : people[writer.rng.below(people.length)].country;
		const electorate = country ? byCountry.get(country)! : everyone;
		const t = timesFor(phase, now.getTime(), writer);
		const draft = phase === 'draft';
		const created = draft ? now.getTime() - r30(writer) : t.submitted - HOUR;
		const phaseStart: Record<Phase, number> = {
			draft: created,
			discussion: t.submitted,
			amendments: t.discussion,
			voting: t.amendments,
			closed: t.amendments
		};
		plans.push({
			id: base + i + 1,
			phase,
			type,
			scopeId: country ? chapters.countryChapter.get(country)! : null,
			electorate,
			author: electorate[writer.rng.below(electorate.length)],
			title: writer.title(),
			body: writer.body(2 + writer.rng.below(3)),
			createdAt: new Date(created),
			cutoff: draft ? null : new Date(t.submitted),
			discussionEndsAt: draft ? null : new Date(t.discussion),
			amendmentsEndAt: draft ? null : new Date(t.amendments),
			votingEndsAt: draft ? null : new Date(t.voting),
			phaseChangedAt: new Date(phaseStart[phase]),
			options: type === 'choice' ? OPTIONS.slice(0, 3 + (i % 2)).map(() => ++optionId) : []
		});
	}
	const voting = (p: Plan) => p.phase === 'voting' || p.phase === 'closed';
	await insertColumns(
		pool,
		'decisions',
		[
			{ name: 'id', type: 'bigint', values: plans.map((p) => p.id) },
			{ name: 'title', type: 'text', values: plans.map((p) => p.title) },
			{ name: 'slug', type: 'text', values: plans.map((p) => slugify(p.title)) },
			{
				name: 'summary',
				type: 'text',
				values: plans.map((p) => p.body.slice(0, p.body.indexOf('.') + 1))
			},
			{ name: 'body', type: 'text', values: plans.map((p) => p.body) },
			{ name: 'author_id', type: 'bigint', values: plans.map((p) => p.author) },
			{
				name: 'scope_kind',
				type: 'text',
				values: plans.map((p) => (p.scopeId ? 'chapter' : 'organisation'))
			},
			{ name: 'scope_id', type: 'bigint', values: plans.map((p) => p.scopeId) },
			{ name: 'ballot_type', type: 'text', values: plans.map((p) => p.type) },
			{ name: 'method', type: 'text', values: plans.map((p) => METHOD[p.type]) },
			{
				name: 'settings',
				type: 'text',
				cast: 'jsonb',
				values: plans.map(() => JSON.stringify(DEFAULT_SETTINGS))
			},
			// Closed ones are written as still voting; the app's close moves them on below.
			{
				name: 'phase',
				type: 'text',
				values: plans.map((p) => (p.phase === 'closed' ? 'voting' : p.phase))
			},
			{ name: 'phase_changed_at', type: 'timestamptz', values: plans.map((p) => p.phaseChangedAt) },
			{
				name: 'discussion_ends_at',
				type: 'timestamptz',
				values: plans.map((p) => p.discussionEndsAt)
			},
			{
				name: 'amendments_end_at',
				type: 'timestamptz',
				values: plans.map((p) => p.amendmentsEndAt)
			},
			{ name: 'voting_ends_at', type: 'timestamptz', values: plans.map((p) => p.votingEndsAt) },
			{ name: 'amendments_open', type: 'boolean', values: plans.map((p) => !voting(p)) },
			{
				name: 'eligible_at_open',
				type: 'int',
				values: plans.map((p) => (voting(p) ? p.electorate.length : null))
			},
			{ name: 'electorate_cutoff', type: 'timestamptz', values: plans.map((p) => p.cutoff) },
			{ name: 'electorate_min_days', type: 'int', values: plans.map((p) => (p.cutoff ? 0 : null)) },
			{ name: 'created_at', type: 'timestamptz', values: plans.map((p) => p.createdAt) },
			{ name: 'updated_at', type: 'timestamptz', values: plans.map((p) => p.phaseChangedAt) }
		],
		{ batch: 10_000 }
	);
	await advanceIdentity(pool, 'decisions');
	await insertColumns(pool, 'decision_authors', [
		{ name: 'decision_id', type: 'bigint', values: plans.map((p) => p.id) },
		{ name: 'member_id', type: 'bigint', values: plans.map((p) => p.author) },
		{ name: 'added_at', type: 'timestamptz', values: plans.map((p) => p.createdAt) }
	]);
	await insertColumns(pool, 'decision_versions', [
		{ name: 'decision_id', type: 'bigint', values: plans.map((p) => p.id) },
		{ name: 'version', type: 'int', values: plans.map(() => 1) },
		{ name: 'title', type: 'text', values: plans.map((p) => p.title) },
		{ name: 'body', type: 'text', values: plans.map((p) => p.body) },
		{ name: 'editor_id', type: 'bigint', values: plans.map((p) => p.author) },
		{ name: 'created_at', type: 'timestamptz', values: plans.map((p) => p.createdAt) }
	]);
	const withOptions = plans.flatMap((p) => p.options.map((id, k) => ({ id, decision: p.id, k })));
	await insertColumns(pool, 'decision_options', [
		{ name: 'id', type: 'bigint', values: withOptions.map((o) => o.id) },
		{ name: 'decision_id', type: 'bigint', values: withOptions.map((o) => o.decision) },
		{ name: 'position', type: 'int', values: withOptions.map((o) => o.k + 1) },
		{ name: 'label', type: 'text', values: withOptions.map((o) => OPTIONS[o.k]) }
	]);
	await advanceIdentity(pool, 'decision_options');
	log(`decisions: ${plans.length}`, started);

	started = Date.now();
	const ballots = await withIndexesDeferred(pool, 'ballots', () =>
		seedBallots(pool, writer, plans.filter(voting), figures, now)
	);
	log(`ballots: ${ballots}`, started);

	started = Date.now();
	const closing = plans.filter((p) => p.phase === 'closed');
	for (const p of closing) await closeCounted(db, p);
	await insertColumns(pool, 'events', [
		{ name: 'type', type: 'text', values: closing.map(() => 'decision.closed') },
		{ name: 'subject_type', type: 'text', values: closing.map(() => 'decision') },
		{ name: 'subject_id', type: 'bigint', values: closing.map((p) => p.id) },
		{
			name: 'data',
			type: 'text',
			cast: 'jsonb',
			values: closing.map((p) =>
				JSON.stringify({ from: 'voting', to: 'closed', outcome: p.outcome })
			)
		},
		// History written straight to the log: nothing should act on it again (as in the demo).
		{ name: 'created_at', type: 'timestamptz', values: closing.map((p) => p.votingEndsAt) },
		{ name: 'dispatched_at', type: 'timestamptz', values: closing.map((p) => p.votingEndsAt) }
	]);
	log(`closed and counted: ${closing.length}`, started);

	started = Date.now();
	const subjects: Subject[] = plans
		.filter((p) => p.phase !== 'draft')
		.map((p) => ({ type: 'decision', id: p.id, createdAt: p.cutoff! }));
	const onDecisions = Math.floor(figures.comments / 10);
	const counts = spread(writer, subjects.length, onDecisions, 0);
	await seedComments(pool, writer, subjects, counts, everyone, now);
	log(`comments on decisions: ${onDecisions}`, started);
	return { decisions: plans.length, ballots, closed: closing.length };
}

/**
 * Close a decision as the app's close does (\`enterPhase\` in decisions/advance.ts: the same count,
 * the same stored result and figures), without its eligibility query, which takes 0.1–0.4 s at
 * 100,000 members and would make closing ten thousand decisions the slowest step by far: here every
 * member of the scope is eligible, so the electorate's size is known. large.test.ts checks that
 * the app's own close writes the same.
 */
async function closeCounted(db: Db, p: Plan) {
	const [d] = await db.select().from(decisions).where(eq(decisions.id, p.id));
	const closing = await closingCount(db, d, p.electorate.length, p.votingEndsAt!);
	p.outcome = closing.outcome;
	await db
		.update(decisions)
		.set({ phase: 'closed', phaseChangedAt: p.votingEndsAt!, ...closing })
		.where(eq(decisions.id, p.id));
}

const r30 = (writer: Writer) => HOUR + upTo(writer.rng, 30 * DAY);

function choose(writer: Writer, p: Plan): StoredChoice {
	const x = writer.rng.below(100);
	if (p.type === 'motion') return { vote: x < 55 ? 'yes' : x < 90 ? 'no' : 'abstain' };
	if (p.type === 'consent')
		return { vote: x < 70 ? 'agree' : x < 85 ? 'abstain' : x < 97 ? 'disagree' : 'block' };
	// A ranking of some or all options, most preferred first.
	const order = p.options.map(String);
	for (let i = order.length - 1; i > 0; i--) {
		const j = writer.rng.below(i + 1);
		[order[i], order[j]] = [order[j], order[i]];
	}
	return { ranking: order.slice(0, 2 + writer.rng.below(order.length - 1)).map((id) => [id]) };
}

/** Ballots for the decisions voting or closed; returns how many rows were written. */
async function seedBallots(
	pool: pg.Pool,
	writer: Writer,
	plans: Plan[],
	figures: { ballots: number; bigDecisionBallots: number },
	now: Date
): Promise<number> {
	let id = await lastId(pool, 'ballots');
	const cols = {
		id: [] as number[],
		decision: [] as number[],
		voter: [] as number[],
		choice: [] as string[],
		castAt: [] as Date[],
		supersededAt: [] as (Date | null)[]
	};
	let written = 0;
	const flush = async () => {
		written += await insertColumns(
			pool,
			'ballots',
			[
				{ name: 'id', type: 'bigint', values: cols.id },
				{ name: 'decision_id', type: 'bigint', values: cols.decision },
				{ name: 'voter_id', type: 'bigint', values: cols.voter },
				{ name: 'choice', type: 'text', cast: 'jsonb', values: cols.choice },
				{ name: 'cast_at', type: 'timestamptz', values: cols.castAt },
				{ name: 'superseded_at', type: 'timestamptz', values: cols.supersededAt }
			],
			{ batch: FLUSH }
		);
		for (const list of Object.values(cols)) list.length = 0;
	};
	const push = async (p: Plan, voter: number, castAt: number, supersededAt: number | null) => {
		cols.id.push(++id);
		cols.decision.push(p.id);
		cols.voter.push(voter);
		cols.choice.push(JSON.stringify(choose(writer, p)));
		cols.castAt.push(new Date(castAt));
		cols.supersededAt.push(supersededAt === null ? null : new Date(supersededAt));
		if (cols.id.length >= FLUSH) await flush();
	};

	const [big, ...rest] = plans;
	const spreadOver = Math.max(1, rest.length);
	const each = Math.max(0, figures.ballots - figures.bigDecisionBallots) / spreadOver;
	for (const p of plans) {
		const opened = p.amendmentsEndAt!.getTime();
		const window = Math.max(1, Math.min(p.votingEndsAt!.getTime(), now.getTime()) - opened);
		const voters = p.electorate;
		if (p === big) {
			// Changed ballots first (in the first half of voting), superseded by the current ones.
			const history = Math.max(0, figures.bigDecisionBallots - voters.length);
			for (let k = 0; k < history; k++) {
				const at = opened + upTo(writer.rng, window / 4);
				await push(p, voters[k % voters.length], at, at + Math.floor(window / 4));
			}
			for (const v of voters)
				await push(p, v, opened + Math.floor(window / 2) + upTo(writer.rng, window / 2), null);
			continue;
		}
		const n = Math.min(voters.length, Math.round(each * (0.5 + writer.rng.below(1000) / 1000)));
		const from = writer.rng.below(voters.length);
		for (let k = 0; k < n; k++)
			await push(p, voters[(from + k) % voters.length], opened + upTo(writer.rng, window), null);
	}
	if (cols.id.length) await flush();
	await advanceIdentity(pool, 'ballots');
	return written;
}
