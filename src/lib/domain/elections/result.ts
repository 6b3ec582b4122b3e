/** What a count keeps (elections.result): everything a reader needs to check it. */
import type { BalanceStep } from './balance';
import type { RankedReport } from './standing';
import type { BalanceRule, ElectionMethod } from './types';
import type { YesNoReport } from './yes-no';

export type ElectionReport = RankedReport | YesNoReport;

export type ElectionResult = {
	method: ElectionMethod;
	seats: number;
	seed: string;
	/** Candidacy ids on the ballot. */
	candidates: string[];
	ballots: number;
	electorate: number;
	/** The count that decided (after any recount the balance rule asked for); null: nobody stood. */
	report: ElectionReport | null;
	balance: {
		rule: BalanceRule;
		required: number;
		met: boolean;
		excluded: string[];
		steps: BalanceStep[];
	} | null;
	/** Candidacy ids elected, in the order of election. */
	elected: string[];
	/** Candidacy ids not elected, in order of final standing: countback takes them in turn. */
	reserves: string[];
};
