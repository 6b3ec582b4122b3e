/**
 * A decision's figures: the stored result (parsed once, by one schema, for every reader), the
 * live count while voting, the turnout, and the open ballots list.
 */
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '$lib/server/db/client';
import { ballots, members, type Decision } from '$lib/server/db/schema';
import { cached } from '$lib/server/cache';
import type { CountReport } from '$lib/domain/tally';
import type { StoredChoice } from '$lib/domain/decisions/ballot-choice';
import { quorumRequired } from '$lib/domain/decisions/tally';
import type { DecisionSettings } from '$lib/domain/decisions/types';
import { openBallotsVisible, resultsVisible } from '$lib/domain/decisions/presentation';
import { countDecision } from './tally';
import { eligibleCount } from './eligibility';
import { named, personFor, type Named, type Viewer } from './reading';

/** A count report as the counting core wrote it; its method decides the rest of its fields. */
const countReport = z
	.looseObject({
		method: z.string(),
		winners: z.array(z.string()),
		totalBallots: z.number()
	})
	.transform((r) => r as unknown as CountReport);

/** The `result` column of a closed decision, as the close writes it. */
export const storedResultSchema = z.object({
	raw: countReport,
	weighted: countReport,
	/** The winning option's id, for a choice. */
	winner: z.string().nullable().default(null),
	turnout: z.number().int().nonnegative(),
	quorumRequired: z.number().int().nonnegative().nullable().default(null),
	/** The options with the names the count used (so a run-off can name the winner). */
	options: z.array(z.object({ id: z.string(), name: z.string(), label: z.string() })).default([])
});

export type StoredResult = z.infer<typeof storedResultSchema>;

/** The decision's stored result, or null before the close. The one reader of the column. */
export function storedResult(decision: Pick<Decision, 'id' | 'result'>): StoredResult | null {
	if (decision.result === null || decision.result === undefined) return null;
	const parsed = storedResultSchema.safeParse(decision.result);
	if (!parsed.success)
		throw new Error(`decision ${decision.id}: stored result unreadable: ${parsed.error.message}`);
	return parsed.data;
}

export type ResultFigures = {
	/** Counted now, while voting (false: the result stored at the close). */
	live: boolean;
	/** The outcome, once closed. */
	outcome: string | null;
	winner: string | null;
	turnout: number;
	quorumRequired: number | null;
	raw: CountReport;
	weighted: CountReport;
};

/** Live results are recounted at most every few seconds, whatever the traffic. */
const liveCount = cached(5_000, async (id: number, db: Queryable, d: Decision) => {
	const eligible = await eligibleCount(db, d);
	return countDecision(db, d, eligible);
});

/**
 * The figures the viewer may see: stored at the close; while voting, counted live unless the
 * decision hides them until the close; otherwise none.
 */
export async function resultFigures(db: Queryable, d: Decision): Promise<ResultFigures | null> {
	if (!resultsVisible(d)) return null;
	if (d.phase === 'closed') {
		const r = storedResult(d);
		return r && { ...pick(r), outcome: d.outcome, live: false };
	}
	const live = await liveCount(d.id, db, d);
	return { ...pick(live), outcome: null, live: true };
}

const pick = (r: Omit<ResultFigures, 'live' | 'outcome'>) => ({
	raw: r.raw,
	weighted: r.weighted,
	winner: r.winner,
	turnout: r.turnout,
	quorumRequired: r.quorumRequired
});

export type Turnout = { ballots: number; eligible: number; quorumRequired: number | null };

/** Ballots cast against members eligible; once closed, both as they stood at the close. */
export async function turnout(
	db: Queryable,
	d: Decision,
	settings: DecisionSettings
): Promise<Turnout> {
	const closed = d.phase === 'closed';
	const [eligible, cast] = await Promise.all([
		closed ? (d.eligibleAtClose ?? 0) : eligibleCount(db, d),
		(closed ? storedResult(d)?.turnout : undefined) ?? currentBallotCount(db, d.id)
	]);
	return { ballots: cast, eligible, quorumRequired: quorumRequired(settings, eligible) };
}

/** Counted (current) ballots, each voter's last: the changed ones are history. */
export async function currentBallotCount(db: Queryable, decisionId: number): Promise<number> {
	const [row] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(ballots)
		.where(and(eq(ballots.decisionId, decisionId), isNull(ballots.supersededAt)));
	return row.n;
}

/** The viewer's current ballot (with its receipt, for them alone) and how often they changed it. */
export async function myBallot(db: Queryable, viewer: Viewer, decisionId: number) {
	if (!viewer) return { ballot: null, changes: 0 };
	const rows = await db
		.select({
			choice: ballots.choice,
			reason: ballots.reason,
			weight: ballots.weight,
			receipt: ballots.receipt,
			castAt: ballots.castAt,
			supersededAt: ballots.supersededAt
		})
		.from(ballots)
		.where(and(eq(ballots.decisionId, decisionId), eq(ballots.voterId, viewer.id)))
		.orderBy(asc(ballots.id));
	const current = rows.find((r) => r.supersededAt === null);
	return {
		ballot: current
			? {
					choice: current.choice as StoredChoice,
					reason: current.reason,
					weight: current.weight,
					receipt: current.receipt,
					castAt: current.castAt
				}
			: null,
		changes: Math.max(0, rows.length - 1)
	};
}

export type OpenBallot = Named & {
	choice: StoredChoice;
	reason: string;
	weight: number;
	castAt: Date;
};

/**
 * Open ballots show each voter's choice and reason (secret ones never do), once results may be
 * seen. They name every voter, listed in the directory or not: voting in the open is a public act,
 * announced before anyone votes (docs/ballot-secrecy.md). The ballots are taken first, in the
 * order they were cast (the partial index of counted ballots stops after the page), then their
 * voters by primary key: joined in one query, the planner may read every ballot of a large decision
 * before sorting. A page, never the whole list: a decision may have 100,000 voters.
 */
export async function openBallots(
	db: Queryable,
	viewer: Viewer,
	d: Decision,
	{ limit, offset = 0 }: { limit: number; offset?: number }
): Promise<OpenBallot[]> {
	if (!openBallotsVisible(d)) return [];
	const page = await db
		.select({
			voterId: ballots.voterId,
			choice: ballots.choice,
			reason: ballots.reason,
			weight: ballots.weight,
			castAt: ballots.castAt
		})
		.from(ballots)
		.where(and(eq(ballots.decisionId, d.id), isNull(ballots.supersededAt)))
		.orderBy(asc(ballots.id))
		.limit(limit)
		.offset(offset);
	if (!page.length) return [];
	const voters = await db
		.select(personFor(viewer))
		.from(members)
		.where(
			inArray(
				members.id,
				page.flatMap((b) => b.voterId ?? [])
			)
		);
	const byId = new Map(voters.map((v) => [v.id, v]));
	return page.flatMap((b) => {
		const v = b.voterId === null ? undefined : byId.get(b.voterId);
		return v
			? [
					{
						...named(v),
						choice: b.choice as StoredChoice,
						reason: b.reason,
						weight: b.weight,
						castAt: b.castAt
					}
				]
			: [];
	});
}
