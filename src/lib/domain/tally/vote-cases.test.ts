/**
 * Every published reference case in fixtures/vote-cases reproduced: the
 * winners and every intermediate figure the case gives.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { count } from './index';
import type { MeekReport } from './stv-meek';
import type { OrderEntry } from './types';
import type { WigmReport } from './wigm';

const projectRoot = path.resolve(fileURLToPath(import.meta.url), '../../../../..');
const casesDir = path.resolve(projectRoot, 'fixtures/vote-cases');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Case = { method: string; seats: number; candidates: string[]; ballots: any[]; expected: any };
const load = (name: string): Case =>
	JSON.parse(readFileSync(path.join(casesDir, `${name}.json`), 'utf8'));

/** Order entries as sets, so a tie group compares regardless of its inner order. */
const asGroups = (order: readonly OrderEntry[]) =>
	order.map((e) => (Array.isArray(e) ? [...e].sort() : [e]));
const num = (s: string | number) => Number(s);

describe('the shared vote-case files', () => {
	it('are all covered by this suite', () => {
		const files = readdirSync(casesDir).filter((f) => f.endsWith('.json'));
		expect(files.sort()).toEqual(
			[
				'approval-abcbook-ex1.json',
				'irv-burlington2009.json',
				'schulze-debian-dpl2006.json',
				'schulze-debian-dpl2007.json',
				'schulze-debian-dpl2020.json',
				'stv-gregory-gpus2005.json',
				'stv-meek-gpus2005.json',
				'stv-scottish-cumbernauld-south-2012.json',
				'stv-scottish-dumbarton-2017.json',
				'stv-scottish-glasgow2007-calton.json'
			].sort()
		);
	});
});

describe('approval: Lackner & Skowron example 1', () => {
	const c = load('approval-abcbook-ex1');
	it('AV k=4: a, b, c and a reported tie d/f for the fourth seat', () => {
		const r = count('approval', c, { seats: c.seats });
		expect(r.approvals).toEqual(c.expected.scores);
		for (const w of c.expected.winners) expect(r.winners).toContain(w);
		expect(r.winners).toHaveLength(4);
		expect(c.expected.tie_for_remaining_seat).toContain(r.winners[3]);
		expect(r.ties).toEqual([
			expect.objectContaining({
				purpose: 'seat',
				tied: c.expected.tie_for_remaining_seat,
				resolvedBy: 'random'
			})
		]);
		expect(r.tiedCommittees).toEqual(c.expected.winning_committees_AV_k4);
		expect(r.totalBallots).toBe(12);
	});
	it('the lot is replayable and the candidate-order rule is stated', () => {
		const a = count('approval', c, { seats: 4, seed: 'x' });
		expect(count('approval', c, { seats: 4, seed: 'x' })).toEqual(a);
		expect(count('approval', c, { seats: 4, tieBreak: 'candidate-order' }).winners).toEqual([
			'a',
			'b',
			'c',
			'd'
		]);
	});
	it('single-winner AV elects a', () => {
		expect(c.expected.single_winner_AV).toMatch(/^a \(8 approvals\)/);
		expect(count('approval', c, { seats: 1 }).winners).toEqual(['a']);
	});
	it('PAV elects {a,b,c,f} with score 83/6', () => {
		const r = count('approval', c, { seats: 4, rule: 'pav' });
		expect([...r.winners].sort()).toEqual(c.expected.other_rules_same_profile_k4.PAV[0]);
		expect(r.pavScore).toBe('83/6');
		expect(r.ties).toEqual([]);
		expect([...count('approval', c, { seats: 4, rule: 'seq-pav' }).winners].sort()).toEqual([
			'a',
			'b',
			'c',
			'f'
		]);
	});
});

describe('IRV: Burlington 2009 mayor', () => {
	const c = load('irv-burlington2009');
	const r = count('irv', c, { batchElimination: true, overvote: 'exhaust' });
	it('elects Bob Kiss with the official round figures', () => {
		expect(r.winners).toEqual(c.expected.winners);
		expect(r.initialThreshold).toBe(c.expected.winning_threshold_reported);
		expect(r.rounds).toHaveLength(c.expected.rounds.length);
		c.expected.rounds.forEach((exp: Record<string, unknown>, i: number) => {
			const got = r.rounds[i];
			expect(got.round).toBe(exp.round);
			for (const name of c.candidates)
				if (name in exp) expect(got.tallies[name], `round ${i + 1} ${name}`).toBe(exp[name]);
			expect(Object.keys(got.tallies).sort()).toEqual(c.candidates.filter((n) => n in exp).sort());
			expect(got.exhausted).toBe(exp.exhausted);
			expect(got.total).toBe(exp.total);
			if (exp.transfers_in) {
				const { exhausted, ...toCandidates } = exp.transfers_in as Record<string, number>;
				expect(got.transfersIn).toEqual(toCandidates);
				expect(got.newlyExhausted).toBe(exhausted);
			}
		});
		expect([...r.rounds[0].eliminated].sort()).toEqual(['Dan Smith', 'James Simpson', 'Write-in']);
		expect(r.rounds[1].eliminated).toEqual(['Andy Montroll']);
		expect(r.rounds[2].elected).toBe('Bob Kiss');
		expect(c.expected.rounds[2].action).toContain(
			`${r.rounds[2].tallies['Bob Kiss']} of ${r.rounds[2].continuingVotes}`
		);
	});
	it('one elimination at a time reaches the same final pair', () => {
		const single = count('irv', c, {});
		const last = single.rounds[single.rounds.length - 1];
		expect(single.winners).toEqual(['Bob Kiss']);
		expect(last.tallies).toEqual({ 'Bob Kiss': 4313, 'Kurt Wright': 4061 });
		expect(single.rounds.length).toBeGreaterThan(3);
	});
	it('Andy Montroll is the Condorcet winner (as widely reported)', () => {
		expect(count('schulze', c).winners).toEqual(['Andy Montroll']);
		expect(count('ranked-pairs', c).winners).toEqual(['Andy Montroll']);
	});
});

describe('Schulze: Debian Project Leader elections', () => {
	for (const year of ['2006', '2007', '2020']) {
		const c = load(`schulze-debian-dpl${year}`);
		const defaultOption = c.candidates[c.candidates.length - 1];
		it(`${year}: Debian rules elect ${c.expected.winners[0]}`, () => {
			const r = count('schulze', c, { debian: { defaultOption, majority: 1 } });
			expect(r.winners).toEqual(c.expected.winners);
			expect(r.totalBallots).toBe(c.expected.total_ballots);
			expect(r.strength).toBe('winning-votes');
			expect(r.unranked).toBe('last');
		});
		it(`${year}: Schulze margins give the published order`, () => {
			const r = count('schulze', c, { strength: 'margin' });
			expect(asGroups(r.order)).toEqual(asGroups(c.expected.order));
		});
		if (c.expected.order_if_unranked_are_NOT_compared)
			it(`${year}: ignoring unranked pairs changes the winner as published`, () => {
				const r = count('schulze', c, { strength: 'margin', unranked: 'ignore' });
				expect(asGroups(r.order)).toEqual(asGroups(c.expected.order_if_unranked_are_NOT_compared));
				expect(r.winners).toEqual(['Steve McIntyre']);
			});
	}

	it('2020: official quorum, majority ratios and pairwise figures', () => {
		const c = load('schulze-debian-dpl2020');
		const q = c.expected.quorum_and_majority_official;
		const r = count('schulze', c, {
			debian: { defaultOption: 'None Of The Above', quorum: { developers: q.developer_count } }
		});
		expect(num(r.debian!.quorum!.required)).toBeCloseTo(q.quorum_3Q, 12);
		expect(r.debian!.quorum!.required).toBe(String(q.quorum_3Q));
		for (const [name, votes] of Object.entries(q.reached_quorum)) {
			expect(r.debian!.options[name].for).toBe(votes);
			expect(r.debian!.options[name].meetsQuorum).toBe(true);
		}
		for (const [name, text] of Object.entries(q.majority_ratio_vs_NOTA as Record<string, string>)) {
			const [, ratio, f, a] = /^([\d.]+) \((\d+)\/(\d+)\)/.exec(text)!;
			const o = r.debian!.options[name];
			expect([o.ratio, o.for, o.against]).toEqual([ratio, Number(f), Number(a)]);
			expect(o.meetsMajority).toBe(true);
		}
		for (const [, a, b, f, g] of c.expected.pairwise_check_from_tally.matchAll(
			/(\w+)>(\w+) (\d+):(\d+)/g
		)) {
			const full = (s: string) => c.candidates.find((n) => n.includes(s))!;
			expect(r.pairwise[full(a)][full(b)]).toBe(Number(f));
			expect(r.pairwise[full(b)][full(a)]).toBe(Number(g));
		}
		expect(r.winners).toEqual(['Jonathan Carter']);
		expect(asGroups(r.order)).toEqual(asGroups(c.expected.order));
	});
	it('2006/2007: options beaten by the default option are dropped', () => {
		const r = count('schulze', load('schulze-debian-dpl2006'), {
			debian: { defaultOption: 'None of the Above' }
		});
		expect(r.debian!.dropped.sort()).toEqual(['Ari Pollak', 'Jonathan aka Ted Walther']);
		expect(r.order.slice(-1)).toEqual([['Ari Pollak', 'Jonathan aka Ted Walther']]);
	});
});

/** Expected stage tables list excluded candidates as 0. */
const votesAt = (stage: WigmReport['rounds'][number], name: string) => num(stage.votes[name] ?? 0);

describe('Scottish STV: official result sheets', () => {
	for (const name of ['stv-scottish-cumbernauld-south-2012', 'stv-scottish-dumbarton-2017']) {
		const c = load(name);
		it(`${name}: quota, winners and every stage-table cell`, () => {
			const r = count('stv-scottish', c, { seats: c.seats });
			expect(r.totalBallots).toBe(c.expected.valid_ballots);
			expect(num(r.quota)).toBe(c.expected.quota);
			expect(r.winners).toEqual(c.expected.election_order ?? c.expected.winners);
			const table = c.expected.stage_table as Record<string, number[]>;
			const stages = Object.values(table)[0].length;
			expect(r.rounds).toHaveLength(stages);
			for (const [cand, row] of Object.entries(table))
				row.forEach((expected, i) => {
					const stage = r.rounds[i];
					if (cand === 'non-transferable') {
						// The sheets book truncation loss as non-transferable; the case notes allow 0.02.
						expect(
							Math.abs(num(stage.nonTransferable) + num(stage.lostToRounding) - expected),
							`stage ${i + 1} NT`
						).toBeLessThanOrEqual(0.02);
					} else
						expect(
							Math.abs(votesAt(stage, cand) - expected),
							`stage ${i + 1} ${cand}`
						).toBeLessThanOrEqual(0.005);
				});
			// Stage events: what each stage transferred.
			const find = (surname: string) =>
				c.candidates.find((n) => n.toUpperCase().includes(`_${surname.toUpperCase()}_`))!;
			(c.expected.stage_events as string[]).forEach((text, i) => {
				const action = r.rounds[i].action;
				const m = /^\d+: (transfer|exclude) (\w+)/.exec(text);
				if (!m) return expect(action.type).toBe('first-preferences');
				expect(action).toMatchObject({
					type: m[1] === 'transfer' ? 'surplus' : 'exclusion',
					candidate: find(m[2])
				});
				const surplus = /surplus ([\d.]+)/.exec(text);
				if (surplus && action.type === 'surplus')
					expect(Math.abs(num(action.surplus) - num(surplus[1]))).toBeLessThan(0.005);
			});
			// The last vacancies are filled without a further transfer (rule 52).
			const last = r.rounds[r.rounds.length - 1];
			const lastEvent = (c.expected.stage_events as string[]).at(-1)!;
			for (const x of last.excludedWithoutTransfer ?? [])
				expect(lastEvent).toContain(x.split('_')[1][0] + x.split('_')[1].slice(1).toLowerCase());
			expect(last.excludedWithoutTransfer).toHaveLength(1);
		});
	}

	it('Cumbernauld South: Vote::Count figures after stage 3 to 5 decimals', () => {
		const r = count('stv-scottish', load('stv-scottish-cumbernauld-south-2012'), { seats: 4 });
		expect(r.rounds[2].votes).toMatchObject({
			Paddy_HOGG_SNP: '815.81751',
			Willie_HOMER_SNP: '792.45144',
			Donald_MASTERTON_CICA: '363.12966',
			David_MCARTHUR_Con: '232.13254',
			Kevin_MCVEY_SSP: '152.34225',
			Stephanie_MUIR_Lab: '1210.42787'
		});
		expect(r.rounds[2].nonTransferable).toBe('40.68615');
	});

	const calton = load('stv-scottish-glasgow2007-calton');
	it('Glasgow Calton 2007: every stage of droop\'s "scotland" count, to 5 decimals', () => {
		const r = count('stv-scottish', calton, { seats: calton.seats, transferLastExclusion: true });
		expect(num(r.quota)).toBe(calton.expected.quota);
		expect(r.totalBallots).toBe(calton.expected.valid_ballots);
		expect(r.winners).toEqual(calton.expected.election_order);
		const stages = calton.expected.stages_third_party_droop as {
			after: string;
			votes: Record<string, string>;
			nontransferable: string;
		}[];
		expect(r.rounds).toHaveLength(stages.length);
		stages.forEach((exp, i) => {
			const got = r.rounds[i];
			expect(got.votes, exp.after).toEqual(exp.votes);
			expect(got.nonTransferable, exp.after).toBe(exp.nontransferable);
			const m = /^(Surplus transferred|Transfer defeated): (.+?)(?: \(([\d.]+)\))?$/.exec(
				exp.after
			);
			if (!m) expect(got.action.type).toBe('first-preferences');
			else if (m[1] === 'Surplus transferred')
				expect(got.action).toMatchObject({ type: 'surplus', candidate: m[2], surplus: m[3] });
			else expect(got.action).toMatchObject({ type: 'exclusion', candidate: m[2] });
		});
		for (const [cand, v] of Object.entries(calton.expected.first_preferences))
			expect(num(r.rounds[0].votes[cand])).toBe(v);
	});
	it('Glasgow Calton 2007 under the Order: same winners, no transfer once the last seat is settled', () => {
		const r = count('stv-scottish', calton, { seats: 3 });
		expect(r.winners).toEqual(calton.expected.winners);
		const last = r.rounds[r.rounds.length - 1];
		expect(last.excludedWithoutTransfer).toEqual(['Fiacra Fullerton']);
		// The official 7th-count summary: Lab 1189, Sol 446, Con 409, SNP surplus 60.
		const seventh = r.rounds[6].votes;
		expect(
			[seventh['Ruth Simpson'], seventh['Fiacra Fullerton'], seventh['Scott Gillespie']].map((v) =>
				Math.floor(num(v))
			)
		).toEqual([1189, 446, 409]);
		expect(Math.floor(num(seventh['Alison E Thewliss']) - 1300)).toBe(60);
	});
});

describe('Green Party US 2005: Meek and Gregory differ on the fourth seat', () => {
	const meekCase = load('stv-meek-gpus2005');
	const gregCase = load('stv-gregory-gpus2005');
	it("Meek elects Kristen Olsen, with droop's events and final figures", () => {
		const r: MeekReport = count('stv-meek', meekCase, { seats: meekCase.seats });
		expect([...r.winners].sort()).toEqual([...meekCase.expected.winners].sort());
		expect(r.totalBallots).toBe(meekCase.expected.total_votes);
		expect(num(r.rounds[0].quota)).toBeCloseTo(meekCase.expected.initial_quota, 12);
		for (const [cand, v] of Object.entries(meekCase.expected.first_preferences))
			expect(num(r.rounds[0].votes[cand])).toBe(v);
		// Election order: candidates elected in the same round may appear in any order.
		const roundOf = (name: string) => r.rounds.findIndex((x) => x.elected.includes(name));
		const order = meekCase.expected.election_order as string[];
		for (let i = 1; i < order.length; i++)
			expect(roundOf(order[i - 1])).toBeLessThanOrEqual(roundOf(order[i]));
		// The events of droop's reference count, one round each.
		const surname = (n: string) => n.split(' ').slice(-1)[0];
		const events = (meekCase.expected.third_party_exact_meek_droop.events as string[]).map((e) => {
			const [verb, ...rest] = e.split(' ');
			const who = rest
				.join(' ')
				.replace(/\(.*\)/, '')
				.replace(/^remaining /, '')
				.split(',')
				.map((s) => surname(s.trim()));
			return { verb, who: who.sort() };
		});
		const ours = r.rounds.slice(1).flatMap((x) => [
			// droop logs candidates elected together in candidate-list order.
			...[...x.elected]
				.sort((a, b) => meekCase.candidates.indexOf(a) - meekCase.candidates.indexOf(b))
				.map((n) => ({ verb: 'elect', who: [surname(n)] })),
			...(x.defeated.length ? [{ verb: 'defeat', who: x.defeated.map(surname).sort() }] : [])
		]);
		expect(ours).toEqual(events);
		const fin = meekCase.expected.third_party_exact_meek_droop.final as Record<string, string>;
		const end = r.rounds[r.rounds.length - 1];
		for (const [k, v] of Object.entries(fin)) {
			const got = k === 'quota' ? r.quota : end.votes[k];
			expect(Math.abs(num(got) - num(v)), k).toBeLessThan(1e-12);
		}
		expect(
			Math.abs(
				num(r.rounds.find((x) => x.elected.includes('Kristen Olsen'))!.quota) - num(fin.quota)
			)
		).toBeLessThan(1e-12);
	});
	it("Gregory (WIGM, exact) elects Tom Sevigny with droop's final figures", () => {
		const r = count('stv-gregory', gregCase, { seats: gregCase.seats });
		expect([...r.winners].sort()).toEqual([...gregCase.expected.winners].sort());
		expect(r.totalBallots).toBe(gregCase.expected.total_votes);
		expect(num(r.quota)).toBe(gregCase.expected.initial_quota);
		for (const [cand, v] of Object.entries(gregCase.expected.first_preferences))
			expect(num(r.rounds[0].votes[cand])).toBe(v);
		expect(r.rounds[r.rounds.length - 1].votes).toEqual(
			gregCase.expected.third_party_wigm_droop.final
		);
	});
	it('Scottish STV on the same ballots: Sevigny 18.59172 elected as last remaining (droop scotland)', () => {
		const r = count('stv-scottish', gregCase, { seats: 4, transferLastExclusion: true });
		expect([...r.winners].sort()).toEqual([...gregCase.expected.winners].sort());
		expect(gregCase.expected.third_party_wigm_droop.same_winners_also_from[0]).toContain(
			r.rounds[r.rounds.length - 1].votes['Tom Sevigny']
		);
		expect(r.quota).toBe('19.00000');
	});
});
