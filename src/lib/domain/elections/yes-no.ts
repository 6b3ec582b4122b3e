/**
 * Yes/no per candidate: each voter says yes or no to every candidate; a candidate needs more yes
 * than no, and the seats go to those with the most yes votes. A tie for the last seat is settled
 * by the election's seeded lot, recorded like every other tie.
 */
import { SeededRandom } from '../tally/seeded-random';
import type { TieRecord } from '../tally/types';
import type { YesNoChoice } from './types';

export type YesNoLine = { candidate: string; yes: number; no: number; approved: boolean };
export type YesNoReport = {
	method: 'yes-no';
	seats: number;
	seed: string;
	totalBallots: number;
	lines: YesNoLine[];
	winners: string[];
	/** Candidates approved or not, best first, after the winners: the reserves. */
	order: string[];
	ties: TieRecord[];
};

export function countYesNo(
	candidates: readonly string[],
	ballots: readonly YesNoChoice[],
	seats: number,
	seed: string
): YesNoReport {
	const lines = candidates.map((candidate) => {
		let yes = 0;
		let no = 0;
		for (const b of ballots) {
			if (b[candidate] === 'yes') yes++;
			else if (b[candidate] === 'no') no++;
		}
		return { candidate, yes, no, approved: yes > no };
	});
	const random = new SeededRandom(`${seed}:yes-no`);
	const lot = new Map(candidates.map((c) => [c, random.nextUint32()]));
	const ranked = [...lines].sort(
		(a, b) =>
			Number(b.approved) - Number(a.approved) ||
			b.yes - a.yes ||
			a.no - b.no ||
			lot.get(a.candidate)! - lot.get(b.candidate)!
	);
	const winners = ranked
		.filter((l) => l.approved)
		.slice(0, seats)
		.map((l) => l.candidate);
	const ties: TieRecord[] = [];
	const last = ranked[winners.length - 1];
	const next = ranked[winners.length];
	if (last && next?.approved && last.yes === next.yes && last.no === next.no) {
		const tied = ranked.filter((l) => l.approved && l.yes === last.yes && l.no === last.no);
		ties.push({
			purpose: 'seat',
			tied: tied.map((l) => l.candidate),
			resolvedBy: 'random',
			chosen: tied.filter((l) => winners.includes(l.candidate)).map((l) => l.candidate)
		});
	}
	return {
		method: 'yes-no',
		seats,
		seed,
		totalBallots: ballots.length,
		lines,
		winners,
		order: ranked.map((l) => l.candidate).filter((c) => !winners.includes(c)),
		ties
	};
}
