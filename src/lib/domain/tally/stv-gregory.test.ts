/** Gregory (WIGM) arithmetic. */
import { describe, expect, it } from 'vitest';
import { ballots, letters } from './fixtures/shorthand';
import { count } from './index';

describe('Gregory STV arithmetic', () => {
	it('exact rationals by default, truncated fixed point on request', () => {
		const e = { candidates: letters(3), ballots: ballots(['2 AB', '1 AC', '1 B', '1 C']) };
		const exact = count('stv-gregory', e, { seats: 2 });
		expect(exact.quota).toBe('1.666666666666');
		const fixed = count('stv-gregory', e, { seats: 2, decimals: 4 });
		expect(fixed.quota).toBe('1.6667');
	});
});
