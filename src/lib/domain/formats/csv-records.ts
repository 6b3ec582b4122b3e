/**
 * Read CSV text (RFC 4180) back into records of cells: the inverse of csv.ts, for checking what
 * Plenary writes. A leading byte order mark is skipped; CRLF outside quotes ends a record.
 */
export function csvRecords(text: string): string[][] {
	const body = text.startsWith('\ufeff') ? text.slice(1) : text;
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < body.length; i++) {
		const c = body[i];
		if (quoted && c === '"' && body[i + 1] === '"') {
			cell += '"';
			i++;
		} else if (c === '"') quoted = !quoted;
		else if (quoted || (c !== ',' && c !== '\r')) cell += c;
		else if (c === ',') {
			row.push(cell);
			cell = '';
		} else {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
			i++;
		}
	}
	return rows;
}
