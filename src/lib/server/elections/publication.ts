/**
 * The ballots of a closed election, published for anyone to recount with any tool: BLT (the format
 * STV tools read) for ranked methods, JSON for every method. No voter identities: only the choices,
 * sorted by what they say (count.ts), with the candidates named by the public name a visitor sees.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { candidacies, elections, members } from '$lib/server/db/schema';
import { Conflict, NotFound } from '$lib/server/errors';
import { publicName } from '$lib/server/members/privacy';
import { writeBlt } from '$lib/domain/tally/blt';
import { countNames } from '$lib/domain/decisions/tally';
import { currentChoices, rankedBallots, type ElectionResult } from './count';
import { can, scopeRef } from './policy';

async function closedElection(db: Queryable, id: number) {
	const [e] = await db.select().from(elections).where(eq(elections.id, id));
	if (!e) throw new NotFound('election_error_not_found');
	const subject = {
		phase: e.phase,
		scope: scopeRef(e.scopeKind, e.scopeId),
		inScope: false,
		isElector: false
	};
	if (!can(null, 'see-ballots', subject)) throw new Conflict('election_error_not_closed');
	const result = e.result as ElectionResult;
	const ids = result.candidates.map(Number);
	const rows = ids.length
		? await db
				.select({ id: candidacies.id, name: publicName(null) })
				.from(candidacies)
				.innerJoin(members, eq(members.id, candidacies.memberId))
				.where(and(eq(candidacies.electionId, id), inArray(candidacies.id, ids)))
				.orderBy(asc(candidacies.id))
		: [];
	// Unique, quote-free names, as the count files need.
	const names = countNames(rows.map((r) => r.name));
	return { e, result, rows, names };
}

export async function publishedElectionBallots(db: Queryable, id: number) {
	const { e, result, rows, names } = await closedElection(db, id);
	const nameOf = new Map(rows.map((r, i) => [String(r.id), names[i]]));
	const choices = await currentChoices(db, id);
	return {
		election: id,
		method: e.method,
		seats: e.seats,
		seed: e.seed,
		candidates: result.candidates.map((c) => nameOf.get(c) ?? c),
		ballots: choices.map((c) =>
			'ranking' in c
				? { ranking: c.ranking.map((x) => nameOf.get(x) ?? x) }
				: {
						yesNo: Object.fromEntries(
							Object.entries(c.yesNo).map(([k, v]) => [nameOf.get(k) ?? k, v])
						)
					}
		)
	};
}

export async function publishedElectionBlt(db: Queryable, id: number): Promise<string> {
	const { e, result, rows, names } = await closedElection(db, id);
	if (e.method === 'yes-no' || !result.candidates.length)
		throw new Conflict('election_error_no_blt');
	const nameOf = new Map(rows.map((r, i) => [String(r.id), names[i]]));
	const choices = await currentChoices(db, id);
	const ballots = rankedBallots(choices, result.candidates).map((b) => ({
		count: 1,
		ranking: b.ranking.map((g) => g.map((c) => nameOf.get(c) ?? c))
	}));
	return writeBlt({
		candidates: result.candidates.map((c) => nameOf.get(c) ?? c),
		seats: Math.min(e.seats, Math.max(1, result.candidates.length)),
		title: `election-${id}`,
		ballots
	});
}
