/**
 * The result charts rendered on the server from real reports of the counting core: every figure
 * a table shows is the report's own, published figures of real elections appear, and the pieces
 * that carry meaning without colour (text alternatives, marks, right-to-left layout) are there.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from 'svelte/server';
import { afterEach, describe, expect, it } from 'vitest';
import { count, type CountReport, type RankedBallot } from '$lib/domain/tally';
import { tennessee } from '$lib/domain/tally/fixtures/shorthand';
import { overwriteGetLocale, baseLocale, type Locale } from '$lib/paraglide/runtime.js';
import ResultView from './ResultView.svelte';
import { flowOf, human, subtractDecimal, toNumber } from './figures';

const root = path.resolve(fileURLToPath(import.meta.url), '../../../../..');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const loadCase = (name: string): any =>
	JSON.parse(readFileSync(path.resolve(root, 'fixtures/vote-cases', `${name}.json`), 'utf8'));

function html(report: CountReport, labels: Record<string, string> = {}, weighted?: CountReport) {
	return render(ResultView, { props: { report, labels, weighted } }).body;
}

/** Text content of the element carrying data-testid, tags and comments removed. */
function cell(body: string, testId: string): string | null {
	const at = body.indexOf(`data-testid="${testId}"`);
	if (at < 0) return null;
	const tag = /<(\w+)[^<]*$/.exec(body.slice(0, at))![1];
	const open = body.indexOf('>', at) + 1;
	const close = body.indexOf(`</${tag}>`, open) - open;
	return body
		.slice(open, open + close)
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ')
		.replace(/ ,/g, ',')
		.trim();
}
const firstFigure = (text: string | null) => text?.split(' ')[0];
const ariaLabels = (body: string) =>
	[...body.matchAll(/role="img" aria-label="([^"]*)"/g)].map((m) => m[1]);

let locale: Locale = baseLocale;
overwriteGetLocale(() => locale);
afterEach(() => {
	locale = baseLocale;
});

describe('STV rounds: Scottish council wards', () => {
	for (const name of ['stv-scottish-dumbarton-2017', 'stv-scottish-cumbernauld-south-2012']) {
		const c = loadCase(name);
		const report = count('stv-scottish', c, { seats: c.seats });
		const body = html(report);
		const published: Record<string, number[]> = c.expected.stage_table;

		it(`${name}: every table cell is the report's figure`, () => {
			for (const stage of report.rounds)
				for (const [candidate, votes] of Object.entries(stage.votes))
					expect(firstFigure(cell(body, `votes-${stage.stage}-${candidate}`))).toBe(votes);
			expect(cell(body, 'result-quota')).toBe(report.quota);
			expect(report.quota).toBe(`${c.expected.quota}.00000`);
		});

		it(`${name}: the official result sheet's figures appear, stage by stage`, () => {
			for (const [candidate, stages] of Object.entries(published)) {
				if (candidate === 'non-transferable') continue;
				stages.forEach((official, i) => {
					const shown = firstFigure(cell(body, `votes-${i + 1}-${candidate}`));
					// Excluded: the cell says so and holds no figure.
					if (official === 0) expect(shown ?? '').not.toMatch(/^\d/);
					else expect(Math.abs(Number(shown) - official)).toBeLessThan(0.006);
				});
			}
		});

		it(`${name}: winners, the elected marks and a text alternative for the chart`, () => {
			expect(cell(body, 'result-winners')).toBe(report.winners.join(', '));
			expect([...report.winners].sort()).toEqual([...c.expected.winners].sort());
			for (const w of report.winners) {
				const stage = report.rounds.find((s) => s.elected.includes(w))!.stage;
				expect(cell(body, `votes-${stage}-${w}`)).toContain('✓ elected');
			}
			const [chart] = ariaLabels(body);
			expect(chart).toContain(`${report.rounds.length} rounds`);
			expect(chart).toContain(report.winners[0]);
			expect(body).toContain('<table');
			expect(body).toContain('Lost to rounding');
		});
	}
});

describe('instant-runoff: Burlington 2009', () => {
	const c = loadCase('irv-burlington2009');
	const report = count('irv', c, { batchElimination: true });
	const body = html(report);

	it('shows the official rounds, transfers and the winner', () => {
		expect(cell(body, 'votes-1-Kurt Wright')).toBe('2951');
		expect(cell(body, 'votes-1-Bob Kiss')).toBe('2585');
		expect(firstFigure(cell(body, 'votes-2-Andy Montroll'))).toBe('2554');
		expect(cell(body, 'votes-2-Andy Montroll')).toContain('+491');
		expect(cell(body, 'votes-3-Bob Kiss')).toBe('4313 +1332 ✓ elected');
		expect(firstFigure(cell(body, 'votes-3-Kurt Wright'))).toBe('4061');
		expect(cell(body, 'votes-1-Dan Smith')).toContain('× excluded');
		expect(cell(body, 'result-winners')).toBe('Bob Kiss');
	});
});

describe('Meek and Gregory STV: Green Party US 2005', () => {
	it('Meek: the final quota and every round, exact to the last decimal', () => {
		const c = loadCase('stv-meek-gpus2005');
		const report = count('stv-meek', c, { seats: c.seats });
		const body = html(report);
		expect(cell(body, 'result-quota')).toBe(report.quota);
		const published = c.expected.third_party_exact_meek_droop.final;
		expect(Math.abs(Number(report.quota) - Number(published.quota))).toBeLessThan(1e-12);
		const last = report.rounds.at(-1)!;
		for (const w of report.winners)
			expect(
				Math.abs(Number(firstFigure(cell(body, `votes-${last.round}-${w}`))) - Number(published[w]))
			).toBeLessThan(1e-12);
		for (const r of report.rounds)
			for (const [candidate, votes] of Object.entries(r.votes))
				expect(firstFigure(cell(body, `votes-${r.round}-${candidate}`))).toBe(votes);
		expect(cell(body, 'result-winners')).toContain('Kristen Olsen');
	});

	it('Gregory: Tom Sevigny elected, the surplus transfers described', () => {
		const c = loadCase('stv-gregory-gpus2005');
		const report = count('stv-gregory', c, { seats: c.seats });
		const body = html(report);
		expect(cell(body, 'result-winners')).toContain('Tom Sevigny');
		const surplus = report.rounds.find((s) => s.action.type === 'surplus');
		if (surplus?.action.type === 'surplus')
			expect(body).toContain(
				`(${surplus.action.surplus}) passed on at ${surplus.action.transferValue}`
			);
	});
});

describe('Condorcet methods', () => {
	it('Schulze, Debian 2020: every pairwise figure and the order', () => {
		const c = loadCase('schulze-debian-dpl2020');
		const report = count('schulze', c);
		const body = html(report);
		for (const a of c.candidates)
			for (const b of c.candidates)
				if (a !== b) expect(cell(body, `pairwise-${a}-${b}`)).toBe(String(report.pairwise[a][b]));
		// Published: Carter beats Chandran 258:57 and Gupta 281:40.
		expect(cell(body, 'pairwise-Jonathan Carter-Sruthi Chandran')).toBe('258');
		expect(cell(body, 'pairwise-Sruthi Chandran-Jonathan Carter')).toBe('57');
		expect(cell(body, 'pairwise-Jonathan Carter-Brian Gupta')).toBe('281');
		expect(cell(body, 'result-order')).toBe(
			'Jonathan Carter elected Sruthi Chandran Brian Gupta None Of The Above'
		);
		expect(body).toContain('Strongest paths');
	});

	it('ranked pairs, Tennessee: the locked majorities in order', () => {
		const report = count('ranked-pairs', tennessee);
		const body = html(report);
		expect(report.winners).toEqual(['Nashville']);
		for (const p of report.pairs) expect(body).toContain(`${p.winner} over ${p.loser}`);
		expect(body.match(/>locked</g)?.length).toBe(report.pairs.filter((p) => p.locked).length);
		expect(cell(body, 'pairwise-Nashville-Memphis')).toBe('58');
	});
});

describe('totals', () => {
	it('approval (abcbook example 1, PAV): approvals and the exact committee score 83/6', () => {
		const c = loadCase('approval-abcbook-ex1');
		const report = count('approval', c, { seats: 4, rule: 'pav' });
		const body = html(report);
		for (const [id, n] of Object.entries(report.approvals))
			expect(cell(body, `total-${id}`)).toBe(String(n));
		expect(body).toContain('83/6');
	});

	it('Borda, Tennessee: 194, 173, 126, 107 points, bars labelled with the figures', () => {
		const report = count('borda', tennessee);
		const body = html(report);
		expect(cell(body, 'total-Nashville')).toBe('194');
		expect(cell(body, 'total-Chattanooga')).toBe('173');
		expect(cell(body, 'total-Memphis')).toBe('126');
		expect(cell(body, 'total-Knoxville')).toBe('107');
		expect(ariaLabels(body)[0]).toBe(
			'Bar chart of Points: Nashville 194, Chattanooga 173, Memphis 126, Knoxville 107.'
		);
	});

	it('score with blanks ignored: exact averages in the table, rounded on the bars', () => {
		const report = count(
			'score',
			{
				candidates: ['A', 'B'],
				ballots: [
					{ count: 2, scores: { A: 5, B: 1 } },
					{ count: 1, scores: { A: 0 } }
				]
			},
			{ blank: 'ignore' }
		);
		const body = html(report);
		expect(cell(body, 'total-A')).toBe('10/3');
		expect(ariaLabels(body)[0]).toContain('A 3.33');
	});
});

describe('motions', () => {
	const ballots = [
		{ count: 20, choice: 'yes' as const },
		{ count: 10, choice: 'no' as const },
		{ count: 5, choice: 'abstain' as const }
	];
	it('a two-thirds motion that misses by one: outcome, threshold marked and in the table', () => {
		const report = count('threshold', { ballots }, { threshold: { numerator: 2, denominator: 3 } });
		expect(report.required).toBe(21);
		const body = html(report);
		expect(cell(body, 'result-outcome')).toBe(
			'Fails Needs more than 2/3 of the votes cast (abstentions not counted).'
		);
		expect(body).toContain('Needed: 21');
		expect(ariaLabels(body)[0]).toBe(
			'Bar chart of the votes: Yes 20, No 10, Abstain 5. Votes in favour needed to pass: 21.'
		);
	});
	it('consent with one block fails and says why', () => {
		const report = count('consent', {
			ballots: [
				{ count: 9, choice: 'agree' },
				{ count: 1, choice: 'block' }
			]
		});
		const body = html(report);
		expect(cell(body, 'result-outcome')).toContain('Fails');
		expect(body).toContain('Blocked: 1 blocks, 0 allowed.');
	});
});

describe('ResultView', () => {
	it('shows raw and weighted figures side by side, each complete', () => {
		const raw = count('borda', tennessee);
		const weighted = count('borda', {
			...tennessee,
			ballots: tennessee.ballots.map((b) => ({
				...b,
				count: b.count * (b.ranking[0][0] === 'Memphis' ? 3 : 1)
			}))
		});
		const body = html(raw, {}, weighted);
		expect(body).toContain('Raw figures');
		expect(body).toContain('Weighted figures');
		expect(body.match(/data-method="borda"/g)?.length).toBe(2);
		expect(body).toContain(`>${weighted.points.Memphis}<`);
		expect(body).toContain(`>${raw.points.Memphis}<`);
		const ids = [...body.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('shows labels for ids, escaped', () => {
		const report = count('borda', tennessee);
		const body = html(report, { Nashville: '<img src=x onerror=alert(1)> Nashville' });
		expect(body).not.toContain('<img src=x');
		expect(body).toContain('&lt;img src=x onerror=alert(1)> Nashville');
	});

	it('right to left in Arabic: bars grow from the right, texts translated', () => {
		const report = count('borda', tennessee);
		const ltr = html(report);
		locale = 'ar';
		const rtl = html(report);
		const firstBar = (body: string) => {
			const m = /<rect class="bar[^"]*"[^>]*x="([\d.]+)"[^>]*width="([\d.]+)"/.exec(body)!;
			return { x: Number(m[1]), width: Number(m[2]) };
		};
		const a = firstBar(ltr);
		const b = firstBar(rtl);
		expect(b.width).toBe(a.width);
		expect(b.x + b.width).toBe(640 - a.x);
		expect(rtl).toContain('direction="rtl"');
		expect(rtl).toContain('النقاط');
	});

	it('a long STV count (55 candidates, 50+ stages) keeps every round and candidate', () => {
		const names = Array.from({ length: 55 }, (_, i) => `Candidate ${i + 1}`);
		let seed = 7;
		const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
		const ballots: RankedBallot[] = Array.from({ length: 400 }, () => {
			const order = [...names].sort(() => (next() % 3) - 1).slice(0, 1 + (next() % 6));
			return { count: 1 + (next() % 9), ranking: order.map((n) => [n]) };
		});
		const report = count('stv-scottish', { candidates: names, ballots }, { seats: 2 });
		expect(report.rounds.length).toBeGreaterThanOrEqual(50);
		const body = html(report);
		expect(body.match(/>Round \d+/g)?.length).toBe(report.rounds.length);
		for (const n of names) expect(body).toContain(`<bdi dir="auto">${n}</bdi>`);
		expect(ariaLabels(body)[0]).toContain('55 candidates');
	});
});

describe('figures', () => {
	it('reads and rounds exact figures', () => {
		expect(toNumber('83/6')).toBeCloseTo(13.8333, 4);
		expect(toNumber('1204.00000')).toBe(1204);
		expect(human('83/6')).toBe('13.83');
		expect(human('1204.00000')).toBe('1204');
		expect(human('18.591521682196')).toBe('18.59');
		expect(human(4313)).toBe('4313');
	});
	it('subtracts decimal strings exactly', () => {
		expect(subtractDecimal('18.591521682196', '20.000000000000')).toBe('-1.408478317804');
		expect(subtractDecimal('0.5', '0.25')).toBe('0.25');
		expect(subtractDecimal('3', '1')).toBe('2');
	});
	it('lists winners first, then by how long each stayed in', () => {
		const c = loadCase('irv-burlington2009');
		const flow = flowOf(count('irv', c, { batchElimination: true }));
		expect(flow.candidates.slice(0, 3)).toEqual(['Bob Kiss', 'Kurt Wright', 'Andy Montroll']);
		expect(flow.excludedIn['Andy Montroll']).toBe(2);
	});
});
