/**
 * Pages rendered a few at a time. Under a burst, fifty renders started together each hold their
 * data, their HTML and their compression buffers until all fifty are done, so memory grows with
 * the burst (the server passed 300 MB with fifty members' threads rendering at once on
 * PostgreSQL). Taken in turn, in the order they came, each render finishes sooner and the same
 * number are done in a second, with memory bounded by the few in hand.
 *
 * Only GET and HEAD are taken in turn: they carry no body, and their answer is written to the
 * client after the render, so a slow client never holds a turn. A form post or an upload goes
 * straight on, and so does a request SvelteKit makes to itself during a render (waiting for a
 * turn held by the render that asked would never end).
 */
export function inTurn(most: number) {
	let active = 0;
	const waiting: (() => void)[] = [];
	return async function run<T>(work: () => T | Promise<T>): Promise<T> {
		if (active < most) active++;
		// The turn passes straight from the one who ends to the first who waits: `active` stays.
		else await new Promise<void>((start) => waiting.push(start));
		try {
			return await work();
		} finally {
			const next = waiting.shift();
			if (next) next();
			else active--;
		}
	};
}

/** How many pages one process renders at once: enough to overlap their database waits. */
export const RENDERS_AT_ONCE = 4;

export const renderInTurn = inTurn(RENDERS_AT_ONCE);

export function takesTurns(request: Request, isSubRequest: boolean): boolean {
	return !isSubRequest && (request.method === 'GET' || request.method === 'HEAD');
}
