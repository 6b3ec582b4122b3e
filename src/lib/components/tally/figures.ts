/**
 * Pure helpers shared by the result charts: reading the exact figures of a counting report
 * ("1204.00000", "83/6", 4313) for drawing, formatting them for people, and reshaping the
 * round-by-round reports of instant-runoff and the STV methods into one form.
 *
 * The exact figure is always kept next to the rounded one: tables show it as the report has it.
 */
import type { IrvReport, MeekReport, OrderEntry, WigmReport } from '$lib/domain/tally';

export type Figure = string | number;

/** An exact figure as a float, for drawing only ("83/6" → 13.83…, "1204.00000" → 1204). */
export function toNumber(value: Figure | null | undefined): number {
	if (value === null || value === undefined) return 0;
	if (typeof value === 'number') return value;
	const slash = value.indexOf('/');
	if (slash > 0) {
		const d = Number(value.slice(slash + 1));
		return d === 0 ? 0 : Number(value.slice(0, slash)) / d;
	}
	const n = Number(value);
	return Number.isFinite(n) ? n : 0;
}

/** The figure exactly as the report gives it. */
export function exact(value: Figure | null | undefined): string {
	return value === null || value === undefined ? '' : String(value);
}

/**
 * A figure for people: whole numbers as they are, others to at most two decimals (so
 * "18.591521682196" reads 18.59). Western digits, as in the tables, so both can be compared.
 */
export function human(value: Figure | null | undefined): string {
	const n = toNumber(value);
	if (Number.isInteger(n) && !(typeof value === 'string' && value.includes('/'))) return String(n);
	const rounded = Math.round(n * 100) / 100;
	return rounded.toFixed(2).replace(/\.?0+$/, '');
}

/** True when the figure is not shown exactly by `human`. */
export function isRounded(value: Figure | null | undefined): boolean {
	return human(value) !== exact(value);
}

/** The entries of an order, flattened, each with its place (tied entries share one). */
export function places(order: readonly OrderEntry[] | undefined): { id: string; place: number }[] {
	const out: { id: string; place: number }[] = [];
	let place = 1;
	for (const entry of order ?? []) {
		const group = Array.isArray(entry) ? entry : [entry];
		for (const id of group) out.push({ id, place });
		place += group.length;
	}
	return out;
}

/** "more than 1/2 of …" / "at least 2/3 of …" from a motion report's rule. */
export function parseRule(rule: string): { inclusive: boolean; fraction: string } | null {
	const m = /^(at least|more than) (\d+\/\d+) of/.exec(rule);
	return m ? { inclusive: m[1] === 'at least', fraction: m[2] } : null;
}

/** What happened in one round of a round-by-round count. */
export type FlowAction =
	| { type: 'first-preferences' }
	| { type: 'surplus'; candidate: string; surplus: string; transferValue: string }
	| { type: 'exclusion'; candidates: string[] }
	| { type: 'iteration'; iterations: number; status: string };

export interface FlowRound {
	round: number;
	action: FlowAction;
	/** Votes of each candidate still in the count after the round (exact). */
	votes: Record<string, Figure>;
	/** Votes each candidate gained (positive) or lost (negative) in this round, where known. */
	transfers: Record<string, Figure>;
	/** Quota (STV) or majority of continuing votes (IRV) in this round. */
	threshold: Figure;
	exhausted: Figure;
	lostToRounding?: Figure;
	elected: string[];
	excluded: string[];
}

export interface Flow {
	kind: 'irv' | 'stv';
	/** Every candidate, in the order to list them: winners first, then by last count. */
	candidates: string[];
	rounds: FlowRound[];
	/** Elected candidates and the round in which each was elected. */
	electedIn: Record<string, number>;
	/** Excluded (eliminated, defeated) candidates and the round. */
	excludedIn: Record<string, number>;
}

type RoundReport = IrvReport | MeekReport | WigmReport;

/** The rounds of an IRV or STV report, in one shape. */
export function flowOf(report: RoundReport): Flow {
	const rounds: FlowRound[] =
		report.method === 'irv'
			? irvRounds(report)
			: report.method === 'stv-meek'
				? meekRounds(report)
				: wigmRounds(report);
	const electedIn: Record<string, number> = {};
	const excludedIn: Record<string, number> = {};
	for (const r of rounds) {
		for (const c of r.elected) electedIn[c] ??= r.round;
		for (const c of r.excluded) excludedIn[c] ??= r.round;
	}
	// Everyone who had votes in the first round, plus anyone who turns up later.
	const seen: string[] = [];
	for (const r of rounds) for (const c of Object.keys(r.votes)) if (!seen.includes(c)) seen.push(c);
	const lastVotes = (c: string) => {
		for (let i = rounds.length - 1; i >= 0; i--)
			if (rounds[i].votes[c] !== undefined)
				return { round: i, votes: toNumber(rounds[i].votes[c]) };
		return { round: -1, votes: 0 };
	};
	const winners = report.winners;
	const candidates = [...seen].sort((a, b) => {
		const wa = winners.indexOf(a);
		const wb = winners.indexOf(b);
		if (wa >= 0 || wb >= 0) return (wa < 0 ? Infinity : wa) - (wb < 0 ? Infinity : wb);
		// Losers: the longer a candidate stayed, the higher; then by votes.
		const la = lastVotes(a);
		const lb = lastVotes(b);
		return lb.round - la.round || lb.votes - la.votes;
	});
	return {
		kind: report.method === 'irv' ? 'irv' : 'stv',
		candidates,
		rounds,
		electedIn,
		excludedIn
	};
}

function irvRounds(report: IrvReport): FlowRound[] {
	return report.rounds.map((r, i) => {
		const prev = report.rounds[i - 1];
		return {
			round: r.round,
			action:
				i === 0
					? { type: 'first-preferences' }
					: { type: 'exclusion', candidates: prev?.eliminated ?? [] },
			votes: r.tallies,
			transfers: r.transfersIn ?? {},
			threshold: r.majority,
			exhausted: r.exhausted,
			elected: r.elected ? [r.elected] : [],
			excluded: r.eliminated
		};
	});
}

function meekRounds(report: MeekReport): FlowRound[] {
	return report.rounds.map((r, i) => {
		const prev = report.rounds[i - 1];
		const transfers: Record<string, Figure> = {};
		if (prev)
			for (const [c, v] of Object.entries(r.votes)) {
				const before = prev.votes[c];
				if (before !== undefined) transfers[c] = subtractDecimal(v, before);
			}
		return {
			round: r.round,
			action:
				r.status === 'first-preferences'
					? { type: 'first-preferences' }
					: { type: 'iteration', iterations: r.iterations, status: r.status },
			votes: r.votes,
			transfers,
			threshold: r.quota,
			exhausted: r.exhausted,
			lostToRounding: r.lostToRounding,
			elected: r.elected,
			excluded: r.defeated
		};
	});
}

function wigmRounds(report: WigmReport): FlowRound[] {
	return report.rounds.map((s) => ({
		round: s.stage,
		action:
			s.action.type === 'first-preferences'
				? { type: 'first-preferences' }
				: s.action.type === 'surplus'
					? {
							type: 'surplus',
							candidate: s.action.candidate,
							surplus: s.action.surplus,
							transferValue: s.action.transferValue
						}
					: { type: 'exclusion', candidates: [s.action.candidate] },
		votes: s.votes,
		transfers: s.transfers ?? {},
		threshold: report.quota,
		exhausted: s.nonTransferable,
		lostToRounding: s.lostToRounding,
		elected: s.elected,
		excluded: [
			...(s.action.type === 'exclusion' ? [s.action.candidate] : []),
			...(s.excludedWithoutTransfer ?? [])
		]
	}));
}

/**
 * a − b for two decimal strings with the same number of decimals, exactly (BigInt), keeping that
 * number of decimals: the change of a Meek candidate's votes between rounds.
 */
export function subtractDecimal(a: string, b: string): string {
	const decimals = Math.max(fractionDigits(a), fractionDigits(b));
	const scaled = (s: string) => {
		const negative = s.startsWith('-');
		const [whole, frac = ''] = (negative ? s.slice(1) : s).split('.');
		const v = BigInt(whole + frac.padEnd(decimals, '0'));
		return negative ? -v : v;
	};
	const diff = scaled(a) - scaled(b);
	const negative = diff < 0n;
	const digits = (negative ? -diff : diff).toString().padStart(decimals + 1, '0');
	const whole = digits.slice(0, digits.length - decimals);
	const frac = digits.slice(digits.length - decimals);
	return `${negative ? '-' : ''}${whole}${decimals ? '.' + frac : ''}`;
}

function fractionDigits(s: string): number {
	const dot = s.indexOf('.');
	return dot < 0 ? 0 : s.length - dot - 1;
}
