import { describe, expect, it } from 'vitest';
import { zonedToUtc } from './local-time';

describe('a time typed in the member’s zone', () => {
	it.each([
		['2027-03-01T15:00', 'UTC', '2027-03-01T15:00:00.000Z'],
		['2027-03-01T15:00', 'Europe/Lisbon', '2027-03-01T15:00:00.000Z'],
		['2027-07-01T15:00', 'Europe/Lisbon', '2027-07-01T14:00:00.000Z'],
		['2027-03-01T09:30', 'America/Sao_Paulo', '2027-03-01T12:30:00.000Z'],
		['2027-03-01T09:00', 'Asia/Kolkata', '2027-03-01T03:30:00.000Z']
	])('%s in %s is %s', (local, zone, iso) => {
		expect(zonedToUtc(local, zone)?.toISOString()).toBe(iso);
	});
	it.each(['2027-02-30T10:00', 'tomorrow', '2027-03-01T25:00', ''])('%j is no time', (text) => {
		expect(zonedToUtc(text, 'UTC')).toBeNull();
	});
});
