/**
 * An iCalendar (RFC 5545) feed of a convention's dates: one VEVENT per session, times in UTC (the
 * reader's calendar shows them in their own zone), text escaped (§3.3.11) and lines folded at 75
 * octets (§3.1), CRLF line ends.
 */
export type CalendarEvent = {
	uid: string;
	start: Date;
	end: Date;
	summary: string;
	description?: string;
	url?: string;
	stamp: Date;
};

export function escapeText(value: string): string {
	return value
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r?\n/g, '\\n');
}

export function utc(date: Date): string {
	return date
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');
}

/** Fold a content line into pieces of at most 75 octets, never splitting a UTF-8 character. */
export function fold(line: string): string {
	const encoder = new TextEncoder();
	const parts: string[] = [];
	let current = '';
	let octets = 0;
	for (const ch of line) {
		const size = encoder.encode(ch).length;
		const limit = parts.length === 0 ? 75 : 74; // a continuation line starts with a space
		if (octets + size > limit) {
			parts.push(current);
			current = '';
			octets = 0;
		}
		current += ch;
		octets += size;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

export function calendar(name: string, events: readonly CalendarEvent[]): string {
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Plenary//Conventions//EN',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeText(name)}`
	];
	for (const e of events) {
		lines.push(
			'BEGIN:VEVENT',
			`UID:${e.uid}`,
			`DTSTAMP:${utc(e.stamp)}`,
			`DTSTART:${utc(e.start)}`,
			`DTEND:${utc(e.end)}`,
			`SUMMARY:${escapeText(e.summary)}`
		);
		if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
		if (e.url) lines.push(`URL:${e.url}`);
		lines.push('END:VEVENT');
	}
	lines.push('END:VCALENDAR');
	return lines.map(fold).join('\r\n') + '\r\n';
}
