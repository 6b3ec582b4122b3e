import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendar, escapeText, fold, sequenceOf, utc } from './ical';

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('the iCalendar writer (RFC 5545)', () => {
	it.each([
		['a; b, c', 'a\\; b\\, c'],
		['back\\slash', 'back\\\\slash'],
		['two\nlines', 'two\\nlines'],
		['windows\r\nline', 'windows\\nline']
	])('escapes %j', (raw, escaped) => expect(escapeText(raw)).toBe(escaped));

	it('writes times in UTC, basic format', () => {
		expect(utc(new Date('2027-03-01T14:30:00+01:00'))).toBe('20270301T133000Z');
	});

	it('folds long lines at 75 octets without splitting a character', () => {
		for (const ch of ['é', 'a', '漢', '😀']) {
			const line = 'SUMMARY:' + ch.repeat(80);
			const folded = fold(line).split('\r\n');
			expect(folded.length).toBeGreaterThan(1);
			for (const part of folded) expect(octets(part)).toBeLessThanOrEqual(75);
			expect(folded.slice(1).every((p) => p.startsWith(' '))).toBe(true);
			expect(folded.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
		}
		expect(fold('SUMMARY:short')).toBe('SUMMARY:short');
	});

	it('gives a later change a larger sequence number', () => {
		const a = sequenceOf(new Date('2026-12-01T10:00:00Z'));
		expect(sequenceOf(new Date('2026-12-01T10:05:00Z'))).toBeGreaterThan(a);
		expect(sequenceOf(new Date('6000-01-01T00:00:00Z'))).toBeLessThan(2 ** 31);
	});

	it('is a calendar of CRLF lines, none longer than 75 octets', () => {
		const text = calendar('Founding convention', [
			{
				uid: 'convention-1@plenary',
				start: new Date('2027-03-01T13:00:00Z'),
				end: new Date('2027-03-01T17:00:00Z'),
				stamp: new Date('2026-12-01T00:00:00Z'),
				summary: 'Founding convention, ' + 'long '.repeat(30)
			}
		]);
		expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
		expect(text).toContain('DTSTART:20270301T130000Z\r\n');
		expect(text).toContain('UID:convention-1@plenary\r\n');
		expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
		expect(text.replace(/\r\n/g, '')).not.toContain('\n');
		for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
	});

	it('reads back through a real parser: events, times, text and sequence as written', () => {
		const start = new Date('2027-03-01T13:00:00Z');
		const end = new Date('2027-03-04T17:30:00Z');
		const modified = new Date('2026-11-30T08:15:00Z');
		const summary = 'Vote: rent, food; and the \\ "hall"\nsecond line — قرار 漢字 😀'.repeat(2);
		const text = calendar('Calendar; with, commas', [
			{
				uid: 'decision-7-voting@plenary.test',
				start,
				end,
				stamp: new Date('2026-12-01T00:00:00Z'),
				modified,
				summary,
				description: 'Line one\nLine two, with ; marks',
				url: 'https://plenary.test/decisions/7-rent',
				status: 'CONFIRMED'
			},
			{
				uid: 'decision-7-closes@plenary.test',
				start: end,
				stamp: new Date('2026-12-01T00:00:00Z'),
				summary: 'A deadline'
			},
			// Control characters a member typed cannot break the file.
			{
				uid: 'x@plenary.test',
				start,
				end,
				stamp: start,
				summary: 'bell\u0007 and tab\there'
			}
		]);
		const root = new ICAL.Component(ICAL.parse(text));
		// An X- property is untyped to a parser: its value stays as written, escaped.
		expect(root.getFirstPropertyValue('x-wr-calname')).toBe('Calendar\\; with\\, commas');
		const events = root.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
		expect(events).toHaveLength(3);
		const [vote, deadline, typed] = events;
		expect(vote.uid).toBe('decision-7-voting@plenary.test');
		expect(vote.summary).toBe(summary);
		expect(vote.description).toBe('Line one\nLine two, with ; marks');
		expect(vote.startDate.toJSDate().toISOString()).toBe(start.toISOString());
		expect(vote.endDate.toJSDate().toISOString()).toBe(end.toISOString());
		expect(vote.startDate.zone.tzid).toBe('UTC');
		expect(vote.sequence).toBe(sequenceOf(modified));
		expect(vote.component.getFirstPropertyValue('url')).toBe(
			'https://plenary.test/decisions/7-rent'
		);
		expect((vote.component.getFirstPropertyValue('last-modified') as ICAL.Time).toJSDate()).toEqual(
			modified
		);
		// A deadline has no end of its own: it ends when it starts.
		expect(deadline.component.hasProperty('dtend')).toBe(false);
		expect(deadline.endDate.toJSDate().toISOString()).toBe(end.toISOString());
		expect(typed.summary).toBe('bell and tab\there');
	});
});
