/**
 * Counting a decision: the same ballots counted twice by the counting core, once with every
 * ballot as 1 (raw) and once with the weights fixed when they were cast (weighted). The quorum is
 * a matter of people, so it is checked on the raw count; the outcome follows the weighted count.
 */
import { count, type CountReport, type MethodId } from '$lib/domain/tally';
import { countBallot, type StoredChoice } from './ballot-choice';
import type { BallotType, DecisionSettings } from './types';

export type TallyInput = {
	decisionId: number;
	ballotType: BallotType;
	method: MethodId;
	settings: DecisionSettings;
	/** Options of a choice decision: id and the unique name the count uses. */
	options: { id: string; name: string }[];
	eligible: number;
	ballots: { choice: StoredChoice; weight: number }[];
};

export type DecisionOutcome = 'passes' | 'fails' | 'blocked' | 'no-quorum' | 'chosen';

export type DecisionTally = {
	raw: CountReport;
	weighted: CountReport;
	outcome: DecisionOutcome;
	/** The winning option's id, for a choice. */
	winner: string | null;
	turnout: number;
	quorumRequired: number | null;
};

/** Seed of the lot, recorded with the result so anyone can replay the count. */
export function decisionSeed(decisionId: number) {
	return `decision-${decisionId}`;
}

/** Ballots needed: the larger of the share-based quorum and the absolute minimum; null: none. */
export function quorumRequired(settings: DecisionSettings, eligible: number): number | null {
	const q = settings.quorum;
	const share = q ? Math.ceil((q.numerator * eligible) / q.denominator) : null;
	const min = settings.minBallots ?? null;
	if (share === null) return min;
	return min === null ? share : Math.max(share, min);
}

/** The method options the published files carry, so a recount with the CLI gives the same result. */
export function methodOptions(
	input: Pick<TallyInput, 'decisionId' | 'ballotType' | 'method' | 'settings'>
) {
	const common = { seed: decisionSeed(input.decisionId), tieBreak: 'random' as const };
	const { settings } = input;
	if (input.ballotType === 'motion') return { ...common, threshold: settings.threshold };
	if (input.ballotType === 'consent')
		return { ...common, threshold: settings.threshold, maxBlocks: settings.maxBlocks };
	if (input.method === 'score') return { ...common, min: 0, max: settings.scoreMax };
	return common;
}

export function tallyDecision(input: TallyInput): DecisionTally {
	const names = new Map(input.options.map((o) => [o.id, o.name]));
	const name = (id: string) => names.get(id) ?? id;
	const candidates = input.options.map((o) => o.name);
	const run = (weighted: boolean) => {
		const ballots = input.ballots.map((b) => countBallot(b.choice, weighted ? b.weight : 1, name));
		const options = methodOptions(input);
		const data = input.ballotType === 'choice' ? { candidates, ballots } : { ballots };
		return count(input.method, data as never, options as never) as CountReport;
	};
	const raw = run(false);
	const weighted = run(true);
	const turnout = input.ballots.length;
	const required = quorumRequired(input.settings, input.eligible);
	const quorate = required === null || turnout >= required;
	let outcome: DecisionOutcome;
	let winner: string | null = null;
	if (!quorate || turnout === 0) outcome = 'no-quorum';
	else if (input.ballotType === 'choice') {
		const won = weighted.winners[0];
		winner = input.options.find((o) => o.name === won)?.id ?? null;
		outcome = winner ? 'chosen' : 'fails';
	} else if (input.ballotType === 'consent' && 'blocked' in raw && raw.blocked) outcome = 'blocked';
	else
		outcome =
			(weighted as { outcome: 'passes' | 'fails' }).outcome === 'passes' ? 'passes' : 'fails';
	return { raw, weighted, outcome, winner, turnout, quorumRequired: required };
}

/** Option names for the count: the labels, made unique where two read the same. */
export function countNames(labels: string[]): string[] {
	const seen = new Map<string, number>();
	return labels.map((label) => {
		const base = label.trim().replace(/["\r\n]/g, "'") || '?';
		const n = (seen.get(base) ?? 0) + 1;
		seen.set(base, n);
		return n === 1 ? base : `${base} (${n})`;
	});
}
