/**
 * Counting an election at its close. The ranked methods are the counting core's exact ones (Meek by
 * default, Scottish, Gregory; instant-runoff for one seat), each run on the worker pool so a big
 * count never stalls requests; yes/no per candidate is counted here (it is a sum). A balance rule
 * recounts with candidates taken out (domain/elections/balance.ts). The result keeps everything a
 * reader needs to check the count: every report round, the rule's steps, the elected, the reserves.
 */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { candidacies, electionBallots, members, type Election } from '$lib/server/db/schema';
import { countOnWorker } from '$lib/server/workers/tally';
import { countWithBalance } from '$lib/domain/elections/balance';
import { reservesOfReport, type RankedReport } from '$lib/domain/elections/standing';
import { countYesNo } from '$lib/domain/elections/yes-no';
import { RANKED_METHOD, type ElectionChoice } from '$lib/domain/elections/types';
import type { RankedBallot } from '$lib/domain/tally';
import type { ElectionReport, ElectionResult } from '$lib/domain/elections/result';
import { ballotCandidates } from './ballots';

export type { ElectionReport, ElectionResult };

/**
 * The current ballots' choices, sorted by what they say, never by when they were cast: the
 * published file lists them in this order, and an order of casting would let anyone who saw a
 * member vote first (or last) read their ballot. The count uses the same order, so a recount of
 * the file gives the same result.
 */
export async function currentChoices(db: Queryable, electionId: number): Promise<ElectionChoice[]> {
	const rows = await db
		.select({ choice: electionBallots.choice })
		.from(electionBallots)
		.where(and(eq(electionBallots.electionId, electionId), isNull(electionBallots.supersededAt)));
	const keyed = rows.map((r) => ({ choice: r.choice, key: JSON.stringify(r.choice) }));
	keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
	return keyed.map((r) => r.choice);
}

/** Ranked ballots over the candidates still in the count (others are skipped, as if withdrawn). */
export function rankedBallots(
	choices: ElectionChoice[],
	candidates: readonly string[]
): RankedBallot[] {
	const keep = new Set(candidates);
	return choices.map((c) => ({
		count: 1,
		ranking: ('ranking' in c ? c.ranking : []).filter((id) => keep.has(id)).map((id) => [id])
	}));
}

export async function countElection(
	db: Queryable,
	election: Pick<Election, 'id' | 'method' | 'seats' | 'seed' | 'balance'>,
	electorate: number
): Promise<ElectionResult> {
	const candidates = await ballotCandidates(db, election.id);
	const choices = await currentChoices(db, election.id);
	const base = {
		method: election.method,
		seats: election.seats,
		seed: election.seed,
		candidates,
		ballots: choices.length,
		electorate
	};
	if (!candidates.length)
		return { ...base, report: null, balance: null, elected: [], reserves: [] };
	const gender = await gendersOf(db, election.balance ? candidates : []);
	const counted = await countWithBalance<ElectionReport>(
		candidates,
		election.seats,
		election.balance,
		(c) => gender.get(c) ?? null,
		(excluded) => countOnce(election, candidates, choices, excluded)
	);
	const report = counted.report;
	const standing =
		report.method === 'yes-no'
			? report.order
			: reservesOfReport(
					report,
					candidates.filter((c) => !counted.excluded.includes(c))
				);
	return {
		...base,
		report,
		balance: election.balance
			? {
					rule: election.balance,
					required: counted.required,
					met: counted.met,
					excluded: counted.excluded,
					steps: counted.steps
				}
			: null,
		elected: report.winners,
		// Those the balance rule took out follow the others: the rule kept them from a seat.
		reserves: [...standing, ...counted.excluded]
	};
}

function countOnce(
	election: Pick<Election, 'method' | 'seats' | 'seed'>,
	candidates: readonly string[],
	choices: ElectionChoice[],
	excluded: readonly string[]
): Promise<ElectionReport> {
	const running = candidates.filter((c) => !excluded.includes(c));
	// Fewer candidates than seats: all of them are elected (the core refuses more seats).
	const seats = Math.min(election.seats, running.length);
	if (election.method === 'yes-no')
		return Promise.resolve(
			countYesNo(
				running,
				choices.map((c) => ('yesNo' in c ? c.yesNo : {})),
				seats,
				election.seed
			)
		);
	return countOnWorker(
		RANKED_METHOD[election.method],
		{ candidates: running, ballots: rankedBallots(choices, running) },
		{ seats, seed: election.seed }
	) as Promise<RankedReport>;
}

/** The self-declared gender of each candidacy's member, for a balance rule. */
async function gendersOf(
	db: Queryable,
	candidacyIds: string[]
): Promise<Map<string, string | null>> {
	if (!candidacyIds.length) return new Map();
	const rows = await db
		.select({ id: candidacies.id, gender: members.gender })
		.from(candidacies)
		.innerJoin(members, eq(members.id, candidacies.memberId))
		.where(inArray(candidacies.id, candidacyIds.map(Number)));
	return new Map(rows.map((r) => [String(r.id), r.gender]));
}
