import { describe, expect, it } from 'vitest';
import { sectionsChanged, sectionsOf } from './sections';

const doc = ['Preamble.', '', '## Aims', 'We aim high.', '', '## Means', 'By all means.', ''].join(
	'\n'
);

describe('amendments grouped by section', () => {
	it('finds the sections at the headings', () => {
		expect(sectionsOf(doc).map((s) => s.heading)).toEqual([null, 'Aims', 'Means']);
	});

	const cases: [string, string, (string | null)[]][] = [
		['a changed line', doc.replace('We aim high.', 'We aim higher.'), ['Aims']],
		[
			'a line added at the end of a section',
			doc.replace('We aim high.\n', 'We aim high.\nAnd far.\n'),
			['Aims']
		],
		['the preamble', doc.replace('Preamble.', 'Foreword.'), [null]],
		[
			'two sections at once',
			doc.replace('high', 'low').replace('all means', 'any means'),
			['Aims', 'Means']
		],
		['a line added at the very end', doc + 'More.', ['Means']],
		['nothing changed', doc, []]
	];
	it.each(cases)('%s', (_name, amended, expected) => {
		expect(sectionsChanged(doc, amended)).toEqual(expected);
	});
});
