/**
 * Scottish STV: The Scottish Local Government Elections Order 2007
 * (SSI 2007/42), Schedule 1 rules 45–52.
 *
 * - Quota = floor(valid ballots / (seats + 1)) + 1 (rule 46).
 * - Elected on reaching the quota (rule 47).
 * - Largest surplus first; all the elected candidate's papers pass on, each
 *   at (surplus × value when received) / candidate's votes, calculated to
 *   five decimal places with any remainder ignored (rule 48).
 * - Equal surpluses, and equal lowest candidates, are decided by the most
 *   recent earlier stage at which they differed, then by lot (rules 49, 51).
 * - With no surplus, the lowest candidate is excluded and all their papers
 *   pass on at their current values (rule 50).
 * - When the continuing candidates are as many as the vacancies left, they
 *   are elected and no further transfer is made (rule 52). Option
 *   `transferLastExclusion: true` transfers that last exclusion anyway, as
 *   the droop package's "scotland" rule does.
 */
import { fail } from './errors';
import { smallFixed, smallFixedLimit } from './stv-arithmetic';
import { countWigm, type StvOptions, type WigmReport } from './wigm';
import type { RankedInput } from './types';

export interface ScottishStvOptions extends StvOptions {
	transferLastExclusion?: boolean;
}

const DECIMALS = 5;

export function countScottishStv(input: RankedInput, options: ScottishStvOptions = {}): WigmReport {
	const transferLastExclusion = options.transferLastExclusion ?? false;
	if (typeof transferLastExclusion !== 'boolean')
		fail('must be true or false', 'transferLastExclusion');
	const arithmetic = smallFixed(DECIMALS);
	return countWigm(
		{
			method: 'stv-scottish',
			arithmetic,
			quota: (valid, seats) => arithmetic.fromInt(Math.floor(valid / (seats + 1)) + 1),
			hasQuota: (vote, quota) => vote >= quota,
			transferLastExclusion,
			checkTotal: (total) => {
				if (total > smallFixedLimit(DECIMALS))
					fail('too many ballots for exact 5-decimal arithmetic', 'ballots');
			}
		},
		input,
		options
	);
}
