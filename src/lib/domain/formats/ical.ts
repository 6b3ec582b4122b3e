/**
 * iCalendar (RFC 5545) text: the one writer behind every calendar Plenary publishes (the
 * organisation's, a chapter's, a member's private one, a convention's). Times are written in UTC
 * (the reader's calendar shows them in their own zone), text is escaped (§3.3.11), lines are
 * folded at 75 octets without splitting a character (§3.1) and end in CRLF.
 */
export type CalendarEvent = {
	/** Stable for the event's whole life, so a calendar updates it instead of adding a copy. */
	uid: string;
	start: Date;
	/** Left out for a moment in time (a deadline): the event ends when it starts (§3.6.1). */
	end?: Date;
	summary: string;
	description?: string;
	url?: string;
	/**
	 * DTSTAMP (required). Without a METHOD property it means the same as LAST-MODIFIED (§3.8.7.2),
	 * so it is the time the event last changed, not the time of the request: the same calendar is
	 * then the same text, and its ETag lets a calendar program skip what it already has.
	 */
	stamp: Date;
	/** When what the event says last changed; its SEQUENCE follows it, see `sequenceOf`. */
	modified?: Date;
	status?: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
};

export function escapeText(value: string): string {
	return value
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r\n|\r|\n/g, '\\n');
}

// Control characters other than tab are not allowed in a content line (§3.1, §3.3.11).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** Text as a property value: control characters dropped, then escaped. */
function text(value: string): string {
	return escapeText(value.replace(/\r\n|\r/g, '\n').replace(CONTROL, ''));
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

/** Minutes from this epoch to the last change: SEQUENCE grows whenever the event changes. */
const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1);

/**
 * SEQUENCE (§3.8.7.4) must grow with each revision that matters to a calendar (its times, above
 * all). Nothing counts revisions, but every change moves the event's last-modified time forward,
 * so the minutes since 2020 stand in for a counter: they only grow, and fit the property's
 * 32-bit integer for four thousand years.
 */
export function sequenceOf(modified: Date): number {
	return Math.max(0, Math.floor((modified.getTime() - SEQUENCE_EPOCH) / 60_000));
}

export function calendar(name: string, events: readonly CalendarEvent[]): string {
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Plenary//Calendars//EN',
		'CALSCALE:GREGORIAN',
		`X-WR-CALNAME:${text(name)}`
	];
	for (const e of events) {
		lines.push('BEGIN:VEVENT', `UID:${text(e.uid)}`, `DTSTAMP:${utc(e.stamp)}`);
		lines.push(`DTSTART:${utc(e.start)}`);
		if (e.end && e.end.getTime() > e.start.getTime()) lines.push(`DTEND:${utc(e.end)}`);
		lines.push(`SUMMARY:${text(e.summary)}`);
		if (e.description) lines.push(`DESCRIPTION:${text(e.description)}`);
		if (e.url) lines.push(`URL:${e.url}`);
		if (e.modified)
			lines.push(`LAST-MODIFIED:${utc(e.modified)}`, `SEQUENCE:${sequenceOf(e.modified)}`);
		if (e.status) lines.push(`STATUS:${e.status}`);
		lines.push('END:VEVENT');
	}
	lines.push('END:VCALENDAR');
	return lines.map(fold).join('\r\n') + '\r\n';
}
