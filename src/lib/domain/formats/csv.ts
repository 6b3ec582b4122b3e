/**
 * CSV (RFC 4180) text: the one writer behind every spreadsheet export (a decision's results, the
 * member directory, a project's balance of work). Fields are separated by commas and records end
 * in CRLF; a field holding a comma, a quote or a line break is quoted, its quotes doubled. The file
 * starts with a UTF-8 byte order mark, which spreadsheet programs need to read names in any script.
 *
 * A cell a spreadsheet would take for a formula (it starts with = + - @, a tab or a carriage
 * return) gets a leading apostrophe, so text a member wrote cannot run as one in a reader's
 * spreadsheet (OWASP "CSV injection"). Numbers are written as numbers and never prefixed: -3 stays
 * a number.
 */
export type Cell = string | number | boolean | null | undefined;

const BOM = '\ufeff';
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: Cell): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	const safe = FORMULA_START.test(value) ? `'${value}` : value;
	return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRecord(cells: readonly Cell[]): string {
	return cells.map(csvCell).join(',') + '\r\n';
}

/** A whole file: the byte order mark, the header record, then one record per row. */
export function csv(header: readonly string[], rows: Iterable<readonly Cell[]>): string {
	let out = BOM + csvRecord(header);
	for (const row of rows) out += csvRecord(row);
	return out;
}
