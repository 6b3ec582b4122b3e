import { describe, expect, it } from 'vitest';
import { apportionDelegates, type ChapterSize } from './apportion';

const seatsOf = (chapters: ChapterSize[], seats: number) =>
	Object.fromEntries(apportionDelegates(chapters, seats));

describe('delegate apportionment', () => {
	const cases: [string, ChapterSize[], number, Record<number, number>][] = [
		['one chapter takes every seat', [{ id: 1, members: 40 }], 5, { 1: 5 }],
		[
			'in proportion, after one seat each',
			[
				{ id: 1, members: 60 },
				{ id: 2, members: 30 },
				{ id: 3, members: 10 }
			],
			13,
			{ 1: 7, 2: 4, 3: 2 }
		],
		[
			'largest remainder takes the last seat',
			[
				{ id: 1, members: 5 },
				{ id: 2, members: 4 }
			],
			5,
			{ 1: 3, 2: 2 }
		],
		[
			'equal remainders: the bigger chapter, then the lower id',
			[
				{ id: 2, members: 10 },
				{ id: 1, members: 10 }
			],
			3,
			{ 1: 2, 2: 1 }
		],
		[
			'fewer seats than chapters: the biggest get one each',
			[
				{ id: 1, members: 3 },
				{ id: 2, members: 9 },
				{ id: 3, members: 5 }
			],
			2,
			{ 1: 0, 2: 1, 3: 1 }
		],
		[
			'a chapter with no members gets nothing',
			[
				{ id: 1, members: 0 },
				{ id: 2, members: 3 }
			],
			2,
			{ 1: 0, 2: 2 }
		],
		['no seats, no delegates', [{ id: 1, members: 3 }], 0, { 1: 0 }]
	];
	it.each(cases)('%s', (_name, chapters, seats, expected) => {
		const result = seatsOf(chapters, seats);
		expect(result).toEqual(expected);
		const total = Object.values(result).reduce((a, b) => a + b, 0);
		expect(total).toBe(Math.min(seats, chapters.filter((c) => c.members > 0).length ? seats : 0));
	});
});
