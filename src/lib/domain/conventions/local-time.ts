/**
 * A wall-clock time typed in a form ("2027-03-01T15:00", no zone) read in the member's own time
 * zone, as the instant it means. The zone's offset at that moment is found with Intl (twice, so a
 * time near a daylight-saving change lands on the right side). Null for text that is no time.
 */
export function zonedToUtc(local: string, timeZone: string): Date | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
	if (!m) return null;
	const [y, mo, d, h, mi] = m.slice(1).map(Number);
	const asUtc = Date.UTC(y, mo - 1, d, h, mi);
	const check = new Date(asUtc);
	if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59) return null;
	let guess = asUtc - offsetAt(asUtc, timeZone);
	guess = asUtc - offsetAt(guess, timeZone);
	return new Date(guess);
}

/** The zone's offset from UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit'
	}).formatToParts(new Date(instant));
	const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	const wall = Date.UTC(
		get('year'),
		get('month') - 1,
		get('day'),
		get('hour'),
		get('minute'),
		get('second')
	);
	return wall - Math.floor(instant / 1000) * 1000;
}
