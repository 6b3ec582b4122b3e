import { describe, expect, it } from 'vitest';
import { csv, csvCell } from './csv';
import { csvRecords as parse } from './csv-records';

describe('the CSV writer (RFC 4180)', () => {
	it.each([
		['plain', 'plain'],
		['a,b', '"a,b"'],
		['say "hi"', '"say ""hi"""'],
		['two\nlines', '"two\nlines"'],
		['cr\rhere', '"cr\rhere"'],
		['ناديا', 'ناديا']
	])('writes %j as %j', (value, written) => expect(csvCell(value)).toBe(written));

	it.each([
		['=1+1', "'=1+1"],
		['+33 1 23', "'+33 1 23"],
		['-2', "'-2"],
		['@SUM(A1)', "'@SUM(A1)"],
		['\tTAB', "'\tTAB"],
		['\rCR', '"\'\rCR"'],
		['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"']
	])('keeps %j from running as a formula', (value, written) =>
		expect(csvCell(value)).toBe(written)
	);

	it('writes numbers as numbers, and empty cells for nothing', () => {
		expect(csvCell(-3)).toBe('-3');
		expect(csvCell(0.25)).toBe('0.25');
		expect(csvCell(Number.NaN)).toBe('');
		expect(csvCell(null)).toBe('');
		expect(csvCell(undefined)).toBe('');
		expect(csvCell(true)).toBe('true');
	});

	it('is a file with a byte order mark and CRLF records that reads back cell for cell', () => {
		const rows = [
			['Ana, "the" organiser', 'multi\nline', 3],
			['=cmd|calc', '', -1]
		];
		const text = csv(['name', 'note', 'n'], rows);
		expect(text.startsWith('\ufeffname,note,n\r\n')).toBe(true);
		expect(text.endsWith('\r\n')).toBe(true);
		expect(parse(text.slice(1))).toEqual([
			['name', 'note', 'n'],
			['Ana, "the" organiser', 'multi\nline', '3'],
			["'=cmd|calc", '', '-1']
		]);
	});
});
