import { describe, expect, it } from 'vitest';
import { orderQueue, type QueueEntry } from './progressive-stack';

const e = (id: number, over: Partial<QueueEntry> = {}): QueueEntry => ({
	id,
	memberId: id,
	kind: 'speech',
	priority: false,
	joined: id,
	spoken: 0,
	...over
});

const order = (entries: QueueEntry[]) => orderQueue(entries).map((x) => x.id);

describe('the progressive stack', () => {
	const cases: [string, QueueEntry[], number[]][] = [
		['nobody has spoken: first come, first served', [e(1), e(2), e(3)], [1, 2, 3]],
		[
			'who has not spoken goes before who has',
			[e(1, { spoken: 1 }), e(2), e(3, { spoken: 2 })],
			[2, 1, 3]
		],
		['fewer speeches before more', [e(1, { spoken: 3 }), e(2, { spoken: 1 })], [2, 1]],
		['priority among those who spoke as often', [e(1), e(2, { priority: true }), e(3)], [2, 1, 3]],
		[
			'priority does not pass someone who has spoken less',
			[e(1), e(2, { priority: true, spoken: 1 })],
			[1, 2]
		],
		[
			'a point of order jumps the queue, even from someone who has spoken',
			[e(1), e(2), e(3, { kind: 'order', spoken: 5 })],
			[3, 1, 2]
		],
		[
			'points of order are taken in the order raised',
			[e(1), e(4, { kind: 'order' }), e(3, { kind: 'order', priority: true, spoken: 2 })],
			[3, 4, 1]
		],
		['an empty queue stays empty', [], []]
	];
	it.each(cases)('%s', (_name, entries, expected) => {
		expect(order(entries)).toEqual(expected);
	});
});
