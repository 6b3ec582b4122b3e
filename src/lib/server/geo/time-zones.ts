// The runtime's list can hold older spellings (Asia/Calcutta, not Asia/Kolkata), so membership in
// it is not the test of a valid zone: whatever Intl can format in is valid.
const listed: string[] = Intl.supportedValuesOf('timeZone');

export function isTimeZone(zone: string): boolean {
	if (!zone || zone.length > 64 || !/^[A-Za-z0-9_+\-/]+$/.test(zone)) return false;
	try {
		new Intl.DateTimeFormat('en', { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}

/** The zones to offer, always including the member's own (which may be a newer spelling). */
export function timeZoneOptions(current?: string): string[] {
	const zones = new Set(listed);
	zones.add('UTC');
	if (current && isTimeZone(current)) zones.add(current);
	return [...zones].sort();
}
