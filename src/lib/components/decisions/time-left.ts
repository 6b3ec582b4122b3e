// Apart from outcome.ts: the ballot section needs only this, and importing outcome.ts brought the
// count's labels and figures into the browser with it.

/** "in 3 days", "in 5 hours": the time left until `until`, in the reader's language ('' if past). */
export function timeLeft(until: Date | string | null, locale: string, now = Date.now()): string {
	if (!until) return '';
	const ms = new Date(until).getTime() - now;
	if (ms <= 0) return '';
	const format = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
	const hours = ms / 3_600_000;
	if (hours >= 48) return format.format(Math.round(hours / 24), 'day');
	if (hours >= 2) return format.format(Math.round(hours), 'hour');
	return format.format(Math.max(1, Math.round(ms / 60_000)), 'minute');
}
