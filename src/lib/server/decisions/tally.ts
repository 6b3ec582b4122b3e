import { asc, eq, isNull, and } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { ballots, decisionOptions, type Decision } from '$lib/server/db/schema';
import { countNames, type DecisionTally } from '$lib/domain/decisions/tally';
import { tallyDecisionOnWorker } from '$lib/server/workers/tally';
import { readSettings, type BallotType } from '$lib/domain/decisions/types';
import type { StoredChoice } from '$lib/domain/decisions/ballot-choice';
import type { MethodId } from '$lib/domain/tally';

export type CountOption = { id: string; name: string; label: string; position: number };

/** A decision's options with the unique names its count and published files use. */
export async function countOptions(db: Queryable, decisionId: number): Promise<CountOption[]> {
	const rows = await db
		.select({
			id: decisionOptions.id,
			label: decisionOptions.label,
			position: decisionOptions.position
		})
		.from(decisionOptions)
		.where(eq(decisionOptions.decisionId, decisionId))
		.orderBy(asc(decisionOptions.position));
	return namedOptions(rows);
}

/** Options as read, in the order of their position, with the unique names the count uses. */
export function namedOptions(
	rows: readonly { id: number; label: string; position: number }[]
): CountOption[] {
	const names = countNames(rows.map((r) => r.label));
	return rows.map((r, i) => ({
		id: String(r.id),
		name: names[i],
		label: r.label,
		position: r.position
	}));
}

/** The current (not superseded) ballots, in the order they were cast. */
export async function currentBallots(db: Queryable, decisionId: number) {
	return db
		.select({ choice: ballots.choice, weight: ballots.weight, receipt: ballots.receipt })
		.from(ballots)
		.where(and(eq(ballots.decisionId, decisionId), isNull(ballots.supersededAt)))
		.orderBy(asc(ballots.id));
}

/** Count a decision's current ballots (at the close, or live while voting when results are open). */
export async function countDecision(
	db: Queryable,
	decision: Pick<Decision, 'id' | 'ballotType' | 'method' | 'settings'>,
	eligible: number
): Promise<DecisionTally & { options: CountOption[] }> {
	const options = await countOptions(db, decision.id);
	const rows = await currentBallots(db, decision.id);
	// On the counting pool: a big ranked count must not stall every other request.
	const tally = await tallyDecisionOnWorker({
		decisionId: decision.id,
		ballotType: decision.ballotType as BallotType,
		method: decision.method as MethodId,
		settings: readSettings(decision.settings),
		options,
		eligible: Math.max(eligible, rows.length),
		ballots: rows.map((r) => ({ choice: r.choice as StoredChoice, weight: r.weight }))
	});
	return { ...tally, options };
}

/**
 * What a decision's row keeps of its count at the close: the outcome and the stored result every
 * later reading (the page, the API, the recount's comparison) is made from.
 */
export async function closingCount(
	db: Queryable,
	decision: Pick<Decision, 'id' | 'ballotType' | 'method' | 'settings'>,
	eligible: number,
	closedAt: Date
) {
	const tally = await countDecision(db, decision, eligible);
	return {
		eligibleAtClose: eligible,
		outcome: tally.outcome,
		closedAt,
		result: {
			raw: tally.raw,
			weighted: tally.weighted,
			winner: tally.winner,
			turnout: tally.turnout,
			quorumRequired: tally.quorumRequired,
			options: tally.options
		}
	};
}
