/**
 * The reserves of a ranked count: the candidates not elected, in the order of their final standing
 * (the one who lasted longest first; among those who fell in the same round, the one with more
 * votes then). Countback fills a vacancy from the top of this list.
 */
import type { IrvReport } from '../tally/irv';
import type { MeekReport } from '../tally/stv-meek';
import type { WigmReport } from '../tally/wigm';

export type RankedReport = IrvReport | MeekReport | WigmReport;

/** An exact figure from a report ("12", "1204.00000", "83/6") as a fraction of BigInts. */
function fraction(value: string | number | undefined): [bigint, bigint] {
	if (value === undefined) return [-1n, 1n];
	const s = String(value);
	if (s.includes('/')) {
		const [n, d] = s.split('/');
		return [BigInt(n), BigInt(d)];
	}
	const [whole, decimals = ''] = s.split('.');
	const scale = 10n ** BigInt(decimals.length);
	const sign = whole.startsWith('-') ? -1n : 1n;
	return [BigInt(whole) * scale + sign * BigInt(decimals || '0'), scale];
}

function compare(a: string | number | undefined, b: string | number | undefined): number {
	const [an, ad] = fraction(a);
	const [bn, bd] = fraction(b);
	const l = an * bd;
	const r = bn * ad;
	return l < r ? -1 : l > r ? 1 : 0;
}

/** Per round: the votes held and who went out, in one shape for IRV, Meek and the WIGM rules. */
function roundsOf(
	report: RankedReport
): { votes: Record<string, string | number>; out: string[] }[] {
	if (report.method === 'irv')
		return report.rounds.map((r) => ({ votes: r.tallies, out: r.eliminated }));
	if (report.method === 'stv-meek')
		return report.rounds.map((r) => ({ votes: r.votes, out: r.defeated }));
	return report.rounds.map((r) => ({
		votes: r.votes,
		out: [
			...(r.action.type === 'exclusion' ? [r.action.candidate] : []),
			...(r.excludedWithoutTransfer ?? [])
		]
	}));
}

export function reservesOfReport(report: RankedReport, candidates: readonly string[]): string[] {
	const rounds = roundsOf(report);
	const fell = new Map<string, number>();
	const lastVotes = new Map<string, string | number>();
	rounds.forEach((r, i) => {
		for (const [c, v] of Object.entries(r.votes)) if (!fell.has(c)) lastVotes.set(c, v);
		for (const c of r.out) if (!fell.has(c)) fell.set(c, i);
	});
	const position = new Map(candidates.map((c, i) => [c, i]));
	return candidates
		.filter((c) => !report.winners.includes(c))
		.sort(
			(a, b) =>
				(fell.get(b) ?? Infinity) - (fell.get(a) ?? Infinity) ||
				compare(lastVotes.get(b), lastVotes.get(a)) ||
				position.get(a)! - position.get(b)!
		);
}
