/** Minutes as the reader reads a duration: "1 h 30 min", "45 min" (Intl unit formatting). */
export function formatMinutes(minutes: number, locale: string): string {
	const h = Math.floor(minutes / 60);
	const min = minutes % 60;
	const unit = (value: number, u: 'hour' | 'minute') =>
		new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay: 'short' }).format(value);
	if (!h) return unit(min, 'minute');
	return min ? `${unit(h, 'hour')} ${unit(min, 'minute')}` : unit(h, 'hour');
}

/** A median kept in tenths (35) as the reader writes it (3.5). */
export function formatTenths(tenths: number | null, locale: string): string {
	if (tenths === null) return '–';
	return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(tenths / 10);
}

export function formatShare(share: number, locale: string): string {
	return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(
		share
	);
}
