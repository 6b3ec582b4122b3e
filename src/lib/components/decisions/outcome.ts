import { m } from '$lib/paraglide/messages.js';
import type { CountReport } from '$lib/domain/tally';
import type { BarRow } from '$lib/components/tally/BarChart.svelte';
import { human, places, toNumber } from '$lib/components/tally/figures';
import { ruleText } from '$lib/components/tally/methods';
import type { ResultFigures } from '$lib/server/decisions/results';
import { methodLabel } from './labels';

/**
 * What the top of a closed decision's page says, in one plain sentence after the outcome's name:
 * the share in favour against the rule for a motion, the blocks for a blocked consent, the ballots
 * against the quorum, the chosen option for a choice. Figures are the deciding (weighted) ones.
 */
export function verdictDetail(
	d: { outcome: string | null; weighting: string; method: string },
	r: Pick<ResultFigures, 'raw' | 'weighted' | 'turnout' | 'quorumRequired'>,
	label: (id: string) => string
): string {
	const report = r.weighted;
	if (d.outcome === 'no-quorum')
		return m.decision_lead_no_quorum({ ballots: r.turnout, required: r.quorumRequired ?? 0 });
	if (report.method === 'threshold' || report.method === 'consent') {
		if (report.method === 'consent' && report.blocked)
			return m.decision_lead_blocks({ blocks: report.tally.block, allowed: report.maxBlocks });
		const favour = report.method === 'threshold' ? report.tally.yes : report.tally.agree;
		const percent = report.baseVotes ? Math.round((favour / report.baseVotes) * 100) : 0;
		const shared = { percent, votes: report.baseVotes, rule: ruleText(report) };
		return d.weighting === 'equal'
			? m.decision_lead_motion(shared)
			: m.decision_lead_weighted({ ...shared, ballots: r.raw.totalBallots });
	}
	return m.decision_lead_chosen({
		option: report.winners.map(label).join(', '),
		method: methodLabel(d.method),
		ballots: r.raw.totalBallots
	});
}

export type LeadChart = { caption: string; name: string; rows: BarRow[] };

/**
 * The one chart of a ranked count, as bars: for Schulze and ranked pairs how many head-to-head
 * contests each option won, for instant-runoff the votes of the last round. Other methods draw
 * their own bars (MotionView, TotalsView); STV is not a decision's method.
 */
export function rankedChart(report: CountReport, label: (id: string) => string): LeadChart | null {
	const bars = (ids: string[], value: (id: string) => number, text?: (id: string) => string) =>
		ids.map((id): BarRow => ({
			key: id,
			label: label(id),
			value: value(id),
			text: text?.(id) ?? String(value(id)),
			strong: report.winners.includes(id)
		}));
	const figures = (rows: BarRow[]) => rows.map((r) => `${r.label} ${r.text}`).join(', ');
	if (report.method === 'schulze' || report.method === 'ranked-pairs') {
		const ids = places(report.order).map((p) => p.id);
		const beats = (a: string, b: string) =>
			(report.pairwise[a]?.[b] ?? 0) > (report.pairwise[b]?.[a] ?? 0);
		const rows = bars(ids, (a) => ids.filter((b) => b !== a && beats(a, b)).length);
		return {
			caption: m.decision_lead_wins_caption(),
			name: m.decision_lead_wins_chart({ figures: figures(rows) }),
			rows
		};
	}
	if (report.method === 'irv') {
		const last = report.rounds.at(-1);
		if (!last) return null;
		const votes = (id: string) => toNumber(last.tallies[id]);
		const ids = Object.keys(last.tallies).sort((a, b) => votes(b) - votes(a));
		const rows = bars(ids, votes, (id) => human(last.tallies[id]));
		return {
			caption: m.decision_lead_rounds_caption(),
			name: m.decision_lead_rounds_chart({ figures: figures(rows) }),
			rows
		};
	}
	return null;
}
