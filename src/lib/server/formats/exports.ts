/**
 * The spreadsheets Plenary offers: a closed decision's results, the member directory, a project's
 * balance of work. Each is built from the query behind its page, with the same reader, so a CSV
 * shows exactly what that page shows that reader and nothing more: the directory's privacy rules
 * (a member who is not listed is not in it, a surname hidden from visitors stays hidden), a hidden
 * project's 404, an unnamed person on a project's balance table.
 */
import type { Queryable } from '$lib/server/db/client';
import { Conflict } from '$lib/server/errors';
import { translate, type Locale } from '$lib/server/i18n';
import { loadDecision } from '$lib/server/decisions/context';
import { storedResult } from '$lib/server/decisions/results';
import { listedMembers } from '$lib/server/members/directory';
import { parseInput } from '$lib/server/validation';
import { projectPage } from '$lib/server/projects/pages';
import { countryName } from '$lib/server/geo/countries';
import { languageName } from '$lib/server/geo/languages';
import { directoryInput } from '$lib/schemas/members';
import { csv } from '$lib/domain/formats/csv';
import type { Actor } from '$lib/domain/members/actor';
import { RESULT_COLUMNS, decisionResultRows } from './result-rows';

export type CsvFile = { body: string; filename: string; modified: Date | null };

/**
 * A closed decision's count, raw and (when ballots are weighted) weighted, as the result page
 * draws it. Before the close there is no result to export: 409, as the published ballots answer.
 */
export async function resultsCsv(
	db: Queryable,
	reader: Actor | null,
	id: number
): Promise<CsvFile> {
	const { decision: d } = await loadDecision(db, reader, id);
	const result = d.phase === 'closed' ? storedResult(d) : null;
	if (!result) throw new Conflict('formats_error_not_closed');
	return {
		body: csv(RESULT_COLUMNS, decisionResultRows(result, d.weighting)),
		filename: `decision-${d.id}-results.csv`,
		modified: d.closedAt
	};
}

/** The directory can be long: a file holds at most this many members; filters narrow it. */
export const DIRECTORY_CSV_MAX = 2_000;

/**
 * The member directory with the page's filters, all of it (up to DIRECTORY_CSV_MAX) in one read
 * of the directory's own query (`listedMembers`): its privacy rules are the file's.
 */
export async function directoryCsv(
	db: Queryable,
	reader: Actor | null,
	locale: Locale,
	filters: Record<string, string>
): Promise<CsvFile> {
	// The whole list from its start, whatever page the address was on.
	const input = parseInput(directoryInput, { ...filters, after: undefined, limit: undefined });
	const entries = await listedMembers(db, reader, input, DIRECTORY_CSV_MAX);
	const rows = entries.map((e) => [
		e.name,
		e.handle,
		e.city,
		countryName(e.country, locale),
		e.languages.map((l) => languageName(l, locale)).join('; ')
	]);
	return {
		body: csv(['name', 'handle', 'city', 'country', 'languages'], rows),
		filename: 'members.csv',
		modified: null
	};
}

export const EFFORT_COLUMNS = [
	'member',
	'handle',
	'minutes',
	'effort_share',
	'empowering_share',
	'onerous_share',
	'recognised_minutes'
] as const;

/**
 * A project's balance of work, as its page's table shows it: each current member (by the name the
 * reader may see, or "a member" when privacy hides them), their time, their shares of all,
 * empowering and onerous work, and the time recognised for it. Minutes are whole numbers; shares
 * are fractions of 1.
 */
export async function effortCsv(
	db: Queryable,
	reader: Actor | null,
	locale: Locale,
	id: number
): Promise<CsvFile> {
	const page = await projectPage(db, reader, id);
	const unnamed = translate('project_private_member', {}, locale);
	const share = (n: number) => Math.round(n * 1e6) / 1e6;
	const rows = page.balance.rows.map((r) => [
		r.person.name ?? unnamed,
		r.person.handle,
		r.minutes,
		share(r.effortShare),
		share(r.empoweringShare),
		share(r.onerousShare),
		r.recognisedMinutes
	]);
	return {
		body: csv(EFFORT_COLUMNS, rows),
		filename: `project-${page.project.id}-effort.csv`,
		modified: null
	};
}
