/**
 * Publishing a closed secret ballot so anyone can recount it: the anonymised ballots with their
 * receipts, as case JSON (`npm run tally -- file.json` gives the published result) and, for
 * ranked methods, BLT. Ballots are ordered by receipt, not by when they were cast, so the file
 * says nothing about who voted when. Open ballots are published the same way (with names on the
 * page itself).
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { ballots } from '$lib/server/db/schema';
import { Conflict, NotFound } from '$lib/server/errors';
import { countBallot, type StoredChoice } from '$lib/domain/decisions/ballot-choice';
import { methodOptions } from '$lib/domain/decisions/tally';
import {
	RANKED_METHODS,
	readSettings,
	type BallotType,
	type ChoiceMethod
} from '$lib/domain/decisions/types';
import { writeBlt, type MethodId } from '$lib/domain/tally';
import { loadDecision } from './context';
import { countOptions } from './tally';

export type Weights = 'weighted' | 'raw';

async function closedForPublication(db: Queryable, id: number) {
	const ctx = await loadDecision(db, null, id);
	if (ctx.decision.phase !== 'closed') throw new Conflict('publication_error_not_closed');
	return ctx;
}

/** The case-JSON file: method, options, seed, the eligible count and every ballot with its receipt. */
export async function publishedBallots(db: Queryable, id: number, weights: Weights = 'weighted') {
	const { decision: d } = await closedForPublication(db, id);
	const options = await countOptions(db, id);
	const names = new Map(options.map((o) => [o.id, o.name]));
	const rows = await db
		.select({
			choice: ballots.choice,
			weight: ballots.weight,
			receipt: ballots.receipt,
			reason: ballots.reason
		})
		.from(ballots)
		.where(and(eq(ballots.decisionId, id), isNull(ballots.supersededAt)));
	rows.sort((a, b) => (a.receipt ?? '').localeCompare(b.receipt ?? ''));
	const settings = readSettings(d.settings);
	const ballotType = d.ballotType as BallotType;
	const options_ = methodOptions({
		decisionId: id,
		ballotType,
		method: d.method as MethodId,
		settings
	});
	return {
		source: `Plenary decision ${id}: ${d.title}`,
		method: d.method,
		seats: 1,
		...(ballotType === 'choice' ? { candidates: options.map((o) => o.name) } : {}),
		seed: options_.seed,
		options: { ...options_, seed: undefined },
		weights,
		eligible: d.eligibleAtClose,
		outcome: d.outcome,
		ballots: rows.map((r) => ({
			...countBallot(
				r.choice as StoredChoice,
				weights === 'raw' ? 1 : r.weight,
				(x) => names.get(x) ?? x
			),
			weight: r.weight,
			...(d.secret ? { receipt: r.receipt } : {}),
			...(r.reason && (r.choice as { vote?: string }).vote === 'block' ? { reason: r.reason } : {})
		}))
	};
}

/** BLT for the ranked methods (each ballot's weight as its count). */
export async function publishedBlt(db: Queryable, id: number, weights: Weights = 'weighted') {
	const { decision: d } = await closedForPublication(db, id);
	if (d.ballotType !== 'choice' || !RANKED_METHODS.includes(d.method as ChoiceMethod))
		throw new NotFound('publication_error_no_blt');
	const file = await publishedBallots(db, id, weights);
	return writeBlt({
		candidates: file.candidates ?? [],
		seats: 1,
		title: d.title.replace(/["\r\n]/g, "'"),
		ballots: file.ballots.map((b) => ({
			count: b.count,
			ranking: (b as unknown as { ranking: string[][] }).ranking
		}))
	});
}

/** Find one's own ballot by receipt after the close: what it counted as, nothing about who cast it. */
export async function ballotByReceipt(db: Queryable, id: number, code: string) {
	const { decision: d } = await closedForPublication(db, id);
	if (!d.secret) throw new NotFound('receipt_error_not_found');
	const normalised = code
		.trim()
		.toUpperCase()
		.replace(/[^0-9A-Z]/g, '')
		.replace(/(.{4})(?=.)/g, '$1-');
	const options = await countOptions(db, id);
	const [row] = await db
		.select({ choice: ballots.choice, weight: ballots.weight, supersededAt: ballots.supersededAt })
		.from(ballots)
		.where(and(eq(ballots.decisionId, id), eq(ballots.receipt, normalised)));
	if (!row) throw new NotFound('receipt_error_not_found');
	return {
		receipt: normalised,
		choice: row.choice as StoredChoice,
		weight: row.weight,
		// A receipt of a vote later changed: the newer ballot (with its own receipt) is the one counted.
		counted: row.supersededAt === null,
		labels: Object.fromEntries(options.map((o) => [o.id, o.label]))
	};
}
