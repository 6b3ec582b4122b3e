/**
 * The speaker queue as a progressive stack. Points of order jump the queue (in the order raised);
 * then whoever has spoken least at this convention goes first, so people who have not spoken yet
 * come before those who have; among equals, when the convention chose it, speakers from an
 * under-represented group come first; then the order in which they joined.
 */
export type QueueEntry = {
	id: number;
	memberId: number;
	kind: 'speech' | 'order';
	/** From an under-represented group, and the convention gives them priority. */
	priority: boolean;
	/** Place in joining order (an increasing number: the entry's id serves). */
	joined: number;
	/** Speeches this member has already given at the convention. */
	spoken: number;
};

export function orderQueue<E extends QueueEntry>(entries: readonly E[]): E[] {
	return [...entries].sort(
		(a, b) =>
			rank(a.kind) - rank(b.kind) ||
			(a.kind === 'order' ? 0 : a.spoken - b.spoken) ||
			(a.kind === 'order' ? 0 : Number(b.priority) - Number(a.priority)) ||
			a.joined - b.joined
	);
}

const rank = (kind: QueueEntry['kind']) => (kind === 'order' ? 0 : 1);

/** Whose turn it is: the head of the ordered queue, or null when nobody waits. */
export function nextInQueue<E extends QueueEntry>(entries: readonly E[]): E | null {
	return orderQueue(entries)[0] ?? null;
}
