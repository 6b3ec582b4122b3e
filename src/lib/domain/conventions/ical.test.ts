import { describe, expect, it } from 'vitest';
import { calendar, escapeText, fold, utc } from './ical';

describe('the iCalendar feed (RFC 5545)', () => {
	it.each([
		['a; b, c', 'a\\; b\\, c'],
		['back\\slash', 'back\\\\slash'],
		['two\nlines', 'two\\nlines']
	])('escapes %j', (raw, escaped) => expect(escapeText(raw)).toBe(escaped));

	it('writes times in UTC, basic format', () => {
		expect(utc(new Date('2027-03-01T14:30:00+01:00'))).toBe('20270301T133000Z');
	});

	it('folds long lines at 75 octets without splitting a character', () => {
		const line = 'SUMMARY:' + 'é'.repeat(60);
		const folded = fold(line).split('\r\n');
		expect(folded.length).toBeGreaterThan(1);
		for (const part of folded)
			expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
		expect(folded.slice(1).every((p) => p.startsWith(' '))).toBe(true);
		expect(folded.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
	});

	it('is a calendar with one event per session, CRLF line ends', () => {
		const text = calendar('Founding convention', [
			{
				uid: 'convention-1@plenary',
				start: new Date('2027-03-01T13:00:00Z'),
				end: new Date('2027-03-01T17:00:00Z'),
				stamp: new Date('2026-12-01T00:00:00Z'),
				summary: 'Founding convention'
			}
		]);
		expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
		expect(text).toContain('DTSTART:20270301T130000Z\r\n');
		expect(text).toContain('UID:convention-1@plenary\r\n');
		expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
		expect(text.replace(/\r\n/g, '')).not.toContain('\n');
	});
});
