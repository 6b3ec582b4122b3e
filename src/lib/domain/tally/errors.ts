/**
 * The one error the counting core throws for bad input. `where` names the
 * field ("ballots[3].ranking[1][0]") or line ("line 17") so that a member or
 * the CLI can point at the problem; the message never leaks internals.
 */
export class VotingInputError extends Error {
	readonly where: string | undefined;

	constructor(message: string, where?: string) {
		super(where ? `${where}: ${message}` : message);
		this.name = 'VotingInputError';
		this.where = where;
	}
}

export function fail(message: string, where?: string): never {
	throw new VotingInputError(message, where);
}

/** A ballot weight: a positive safe integer. */
export function checkCount(value: unknown, where: string): number {
	if (typeof value !== 'number' || !Number.isFinite(value)) fail('count must be a number', where);
	if (!Number.isInteger(value)) fail(`count must be a whole number, got ${value}`, where);
	if (value <= 0) fail(`count must be positive, got ${value}`, where);
	if (!Number.isSafeInteger(value)) fail(`count ${value} is too large`, where);
	return value;
}

/** Adds weights, refusing totals that would no longer be exact in a double. */
export function addTotal(total: number, count: number, where: string): number {
	const sum = total + count;
	if (!Number.isSafeInteger(sum))
		fail('total number of ballots is too large to count exactly', where);
	return sum;
}

export function checkSeats(seats: unknown, candidateCount: number, where = 'seats'): number {
	if (typeof seats !== 'number' || !Number.isInteger(seats) || seats < 1)
		fail(`must be a positive whole number, got ${String(seats)}`, where);
	if (seats > candidateCount) fail(`${seats} seats but only ${candidateCount} candidate(s)`, where);
	return seats;
}
