/**
 * Reading list positions from a URL (`?before=`, `?after=`, cursors). A position names a row by
 * values the database compares (an id, a time), so each is checked against what the column can
 * hold before it reaches a query: an id of at most 15 digits (bigint and a JavaScript number
 * both hold it exactly), a time between the years 1 and 9999. A position that is present but
 * malformed is a translated 400, never a 500 and never silently another page.
 */
import { Invalid, NotFound } from './errors';

const ID = /^[1-9]\d{0,14}$/;

/** An id from a position parameter: undefined when absent, 400 when malformed. */
export function positionId(value: string | null | undefined): number | undefined {
	if (value === null || value === undefined || value === '') return undefined;
	if (!ID.test(value)) throw new Invalid('error_bad_position');
	return Number(value);
}

/** A page number from `?page=`: 1 when absent, 400 when not a whole number from 1. */
export function pageNumber(value: string | null | undefined): number {
	if (value === null || value === undefined || value === '') return 1;
	if (!/^[1-9]\d{0,5}$/.test(value)) throw new Invalid('error_bad_position');
	return Number(value);
}

/**
 * A page number past a list's last page: 404 on every paged list (an address that names no page),
 * where a malformed number is a 400.
 */
export function pastTheLastPage(): never {
	throw new NotFound('error_bad_position');
}

/** A `<ISO time>_<id>` cursor: undefined when absent, 400 when malformed or out of range. */
export function timeCursor(value: string | null | undefined): { at: Date; id: number } | undefined {
	if (value === null || value === undefined || value === '') return undefined;
	const cut = value.lastIndexOf('_');
	const at = new Date(value.slice(0, cut));
	const year = at.getUTCFullYear();
	if (cut < 1 || Number.isNaN(at.getTime()) || year < 1 || year > 9999)
		throw new Invalid('error_bad_position');
	return { at, id: positionId(value.slice(cut + 1)) ?? badPosition() };
}

function badPosition(): never {
	throw new Invalid('error_bad_position');
}
