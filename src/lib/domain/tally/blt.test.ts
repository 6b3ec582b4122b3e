/** BLT reading and writing, and hostile BLT input. */
import { describe, expect, it } from 'vitest';
import { BltParser, parseBlt, writeBlt } from './blt';
import { unpackRanked } from './ranked-profile';

const sample = `# a comment
4 2
-4
3 1 2 0
2 2=3 1 0
(b7) 1 3 0
1 1 2 0
1 0
0
"Ann"
"Bob Brown" # trailing comment
"Cé"
"Dee"
"A test election"
`;

describe('BLT parser', () => {
	it('reads weights, ties, ids, withdrawn candidates, comments, names and title', () => {
		const e = parseBlt(sample);
		expect(e.candidates).toEqual(['Ann', 'Bob Brown', 'Cé']);
		expect(e.withdrawn).toEqual(['Dee']);
		expect(e.seats).toBe(2);
		expect(e.title).toBe('A test election');
		expect(e.profile.totalWeight).toBe(7);
		expect(e.profile.blankWeight).toBe(1);
		expect(unpackRanked(e.profile)).toEqual([
			{ count: 4, ranking: [['Ann'], ['Bob Brown']] },
			{ count: 2, ranking: [['Bob Brown', 'Cé'], ['Ann']] },
			{ count: 1, ranking: [['Cé']] }
		]);
	});

	it('gives the same result however the bytes are chunked', () => {
		const bytes = new TextEncoder().encode(sample.replace(/\n/g, '\r\n'));
		const p = new BltParser();
		for (let i = 0; i < bytes.length; i += 3) p.push(bytes.subarray(i, i + 3));
		expect(p.finish()).toEqual(parseBlt(sample));
	});

	it('round-trips through writeBlt', () => {
		const e = parseBlt(sample);
		const again = parseBlt(
			writeBlt({ candidates: e.candidates, seats: e.seats, title: e.title, ballots: e.profile })
		);
		expect(unpackRanked(again.profile)).toEqual(unpackRanked(e.profile));
		expect(again.candidates).toEqual(e.candidates);
	});

	const bad: [string, string, RegExp][] = [
		['empty file', '', /empty file/],
		['only blanks', '\n\n  \n', /empty file/],
		['bad header', '3\n', /line 1: expected "number-of-candidates number-of-seats"/],
		['more seats than candidates', '2 3\n', /line 1: 3 seats but only 2/],
		[
			'unknown candidate',
			'2 1\n1 3 0\n0\n"a"\n"b"\n',
			/line 2: unknown candidate number 3 \(there are 2\)/
		],
		[
			'candidate twice in a ballot',
			'2 1\n1 1 2 1 0\n0\n"a"\n"b"\n',
			/line 2: candidate 1 appears twice/
		],
		['zero weight', '2 1\n1 1 0\n0 1 0\n0\n"a"\n"b"\n', /line 3: ballot weight must be positive/],
		['negative weight', '2 1\n-1 1 0\n0\n"a"\n"b"\n', /line 2: (negative|withdrawn)/],
		['negative weight later', '2 1\n1 1 0\n-1 1 0\n0\n"a"\n"b"\n', /line 3: withdrawn candidates/],
		['fractional weight', '2 1\n1.5 1 0\n0\n"a"\n"b"\n', /line 2: fractional ballot weight 1.5/],
		['missing terminator', '2 1\n1 1 2\n0\n"a"\n"b"\n', /line 2: ballot line must end with 0/],
		['no end of ballots', '2 1\n1 1 0\n', /ballots not ended/],
		['missing names', '2 1\n1 1 0\n0\n"a"\n', /expected 2 candidate names, found 1/],
		['duplicate names', '2 1\n1 1 0\n0\n"a"\n"a"\n', /duplicate candidate "a"/],
		['garbage preference', '2 1\n1 x 0\n0\n"a"\n"b"\n', /line 2: bad preference "x"/],
		['dangling tie', '2 1\n1 1= 0\n0\n"a"\n"b"\n', /line 2: bad preference/],
		[
			'content after title',
			'1 1\n1 1 0\n0\n"a"\n"t"\nmore\n',
			/unexpected content after the title/
		],
		['invalid UTF-8', '1 1\n1 1 0\n0\n"\xff"\n', /UTF-8/]
	];
	for (const [what, text, message] of bad)
		it(`refuses ${what}`, () => {
			const data =
				what === 'invalid UTF-8' ? Uint8Array.from(text, (ch) => ch.charCodeAt(0)) : text;
			expect(() => parseBlt(data)).toThrow(message);
		});

	it('refuses an endless line without holding it in memory', () => {
		const p = new BltParser({ maxLineBytes: 1000 });
		p.push(new TextEncoder().encode('2 1\n1 '));
		const chunk = new TextEncoder().encode('1 '.repeat(300));
		expect(() => {
			for (let i = 0; i < 10; i++) p.push(chunk);
		}).toThrow(/line 2: line longer than 1000 bytes/);
	});

	it('refuses input past maxBytes and too many distinct ballots', () => {
		const p = new BltParser({ maxBytes: 100 });
		expect(() => p.push(new Uint8Array(101))).toThrow(/larger than 100 bytes/);
		const lines = [
			'3 1',
			...Array.from(
				{ length: 6 },
				(_, i) => `1 ${(i % 3) + 1} ${((i + 1) % 3) + 1} ${i < 3 ? '' : ((i + 2) % 3) + 1} 0`
			),
			'0',
			'"a"',
			'"b"',
			'"c"'
		];
		expect(() => parseBlt(lines.join('\n'), { maxDistinct: 5 })).toThrow(
			/more than 5 distinct ballots/
		);
	});
});
