/**
 * The order a voter sees the candidates in. The model organisation listed candidates in a random
 * order for each voter, so no one gains from being first on every ballot. The order is drawn from
 * the election's seed and the voter, so a reload (or a form sent back with an error) shows the
 * same order, and anyone who knows the seed can check that nobody was always first.
 */
import { SeededRandom } from '../tally/seeded-random';

export function ballotOrder<T>(items: readonly T[], electionSeed: string, voterId: number): T[] {
	const random = new SeededRandom(`${electionSeed}:ballot:${voterId}`);
	const out = [...items];
	// Fisher–Yates: every order equally likely.
	for (let i = out.length - 1; i > 0; i--) {
		const j = random.below(i + 1);
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}
