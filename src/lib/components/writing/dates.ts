// Building an Intl.DateTimeFormat costs far more than using one: a page of comments reuses them.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, timeZone: string | undefined, long: boolean) {
	const key = `${locale}|${timeZone ?? ''}|${long}`;
	let f = formatters.get(key);
	if (!f) {
		f = new Intl.DateTimeFormat(
			locale,
			long ? { dateStyle: 'long', timeZone } : { dateStyle: 'medium', timeStyle: 'short', timeZone }
		);
		if (formatters.size > 500) formatters.clear();
		formatters.set(key, f);
	}
	return f;
}

/** A date and time as the reader reads it (in their language and time zone). */
export function formatDateTime(value: Date | string, locale: string, timeZone?: string): string {
	return formatter(locale, timeZone, false).format(new Date(value));
}

export function formatDate(value: Date | string, locale: string, timeZone?: string): string {
	return formatter(locale, timeZone, true).format(new Date(value));
}
