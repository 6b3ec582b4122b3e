/**
 * A count report as spreadsheet rows, for any counting method: one row per figure, in one long
 * shape (count, round, option, measure, against, value, exact, place), so a sheet can pivot it
 * whatever the method was. The figures are the ones the result page draws (the report itself, and
 * the rounds reshaped by the same `flowOf` the charts use), never counted again.
 *
 * `value` is a plain decimal a spreadsheet can sum; `exact` is the figure exactly as the report
 * has it ("83/6", "1204.00000"), since a rounded decimal is not what the count used.
 */
import type { CountReport } from '$lib/domain/tally';
import { exact, flowOf, places, toNumber, type Figure } from '$lib/components/tally/figures';
import type { StoredResult } from '$lib/server/decisions/results';

export const RESULT_COLUMNS = [
	'count',
	'round',
	'option',
	'measure',
	'against',
	'value',
	'exact',
	'place'
] as const;

export type CountName = 'raw' | 'weighted';

/** One row, in the order of RESULT_COLUMNS. */
export type ResultRow = [
	count: CountName,
	round: number | null,
	option: string | null,
	measure: string,
	against: string | null,
	value: number,
	exact: string,
	place: number | null
];

const decimal = (f: Figure) => Math.round(toNumber(f) * 1e6) / 1e6;

export function resultRows(
	count: CountName,
	report: CountReport,
	label: (id: string) => string
): ResultRow[] {
	const place = new Map(places(report.order).map((p) => [p.id, p.place]));
	const rows: ResultRow[] = [];
	const add = (
		option: string | null,
		measure: string,
		figure: Figure,
		more: { round?: number; against?: string } = {}
	) =>
		rows.push([
			count,
			more.round ?? null,
			option === null ? null : label(option),
			measure,
			more.against === undefined ? null : label(more.against),
			decimal(figure),
			exact(figure),
			option === null ? null : (place.get(option) ?? null)
		]);
	const each = (measure: string, figures: Record<string, Figure> | undefined) => {
		for (const [id, f] of Object.entries(figures ?? {})) if (f !== null) add(id, measure, f);
	};

	switch (report.method) {
		case 'threshold':
		case 'consent':
			each('ballots', report.tally);
			break;
		case 'approval':
			each('approvals', report.approvals);
			break;
		case 'score':
			each('total', report.totals);
			each('scorers', report.scorers);
			each('average', (report.averages ?? {}) as Record<string, Figure>);
			break;
		case 'borda':
			each('points', report.points);
			break;
		case 'schulze':
		case 'ranked-pairs':
			for (const [a, row] of Object.entries(report.pairwise))
				for (const [b, n] of Object.entries(row))
					if (a !== b) add(a, 'preferred-over', n, { against: b });
			break;
		case 'irv':
		case 'stv-meek':
		case 'stv-scottish':
		case 'stv-gregory': {
			const flow = flowOf(report);
			for (const r of flow.rounds) {
				for (const [id, votes] of Object.entries(r.votes))
					add(id, 'votes', votes, { round: r.round });
				for (const [id, moved] of Object.entries(r.transfers))
					add(id, 'transfer', moved, { round: r.round });
				add(null, 'exhausted', r.exhausted, { round: r.round });
				add(null, 'threshold', r.threshold, { round: r.round });
			}
			for (const [id, round] of Object.entries(flow.electedIn)) add(id, 'elected-in-round', round);
			for (const [id, round] of Object.entries(flow.excludedIn))
				add(id, 'excluded-in-round', round);
			break;
		}
	}
	add(null, 'ballots-counted', report.totalBallots);
	report.winners.forEach((id, i) => add(id, 'winner', i + 1));
	return rows;
}

/**
 * A closed decision's rows, as results.csv and the API give them: the raw count, then the weighted
 * one where ballots are weighted, each option named as the count named it.
 */
export function decisionResultRows(result: StoredResult, weighting: string): ResultRow[] {
	const names = new Map<string, string>();
	for (const o of result.options) names.set(o.id, o.label).set(o.name, o.label);
	const label = (key: string) => names.get(key) ?? key;
	const rows = resultRows('raw', result.raw, label);
	if (weighting !== 'equal') rows.push(...resultRows('weighted', result.weighted, label));
	return rows;
}
