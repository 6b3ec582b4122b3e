// src/lib/components/writing/dates.ts
var formatters = /* @__PURE__ */ new Map();
function formatter(locale, timeZone, long) {
	const key = `${locale}|${timeZone ?? ""}|${long}`;
	let f = formatters.get(key);
	if (!f) {
		f = new Intl.DateTimeFormat(locale, long ? {
			dateStyle: "long",
			timeZone
		} : {
			dateStyle: "medium",
			timeStyle: "short",
			timeZone
		});
		if (formatters.size > 500) formatters.clear();
		formatters.set(key, f);
	}
	return f;
}
/** A date and time as the reader reads it (in their language and time zone). */
function formatDateTime(value, locale, timeZone) {
	return formatter(locale, timeZone, false).format(new Date(value));
}
function formatDate(value, locale, timeZone) {
	return formatter(locale, timeZone, true).format(new Date(value));
}
export { formatDateTime as n, formatDate as t };
