/**
 * The answers of the calendar and CSV addresses, shared by their routes (which stay one line):
 * each reads through the formats queries with the request's reader and answers a file with
 * validators (responses.ts), or the translated 4xx of the domain error.
 */
import type { RequestEvent } from '@sveltejs/kit';
import { actorOf, notFound, runQuery } from '$lib/server/http';
import { translate } from '$lib/server/i18n';
import { organisationName } from '$lib/server/instance/cached';
import { chapterScope, chapterSummary } from '$lib/server/chapters/queries';
import { chapterName } from '$lib/server/chapters/names';
import { idFromRef } from '$lib/server/refs';
import { calendarFile, type CalendarScope } from './calendars';
import { directoryCsv, effortCsv, resultsCsv, type CsvFile } from './exports';
import { fileResponse } from './responses';
import { calendarReader } from './subscriptions';

type Event = Pick<RequestEvent, 'locals' | 'request' | 'url' | 'params'>;

const ICS = 'text/calendar; charset=utf-8';
const CSV = 'text/csv; charset=utf-8; header=present';

/**
 * The organisation's and a chapter's calendars are public: they show what a visitor sees (as the
 * Atom feeds do), whoever fetches them, so any cache may keep them. A member's own view is their
 * private address.
 */
async function publicCalendar(event: Event, scope: CalendarScope, name: string, file: string) {
	const { locals, url, request } = event;
	const cal = await runQuery(() =>
		calendarFile(locals.db, null, locals.locale, url.origin, scope, name)
	);
	return fileResponse(request, cal.body, { type: ICS, filename: file, ...cal, cache: 'public' });
}

export async function organisationCalendar(event: Event) {
	const { locals } = event;
	const org = await organisationName(locals.db, locals.locale);
	const name = translate('ical_calendar_of', { name: org }, locals.locale);
	return publicCalendar(event, { kind: 'organisation' }, name, 'calendar.ics');
}

/** A chapter's calendar; the root chapter's is the organisation's, as its page is. */
export async function chapterCalendar(event: Event, slug: string) {
	const { locals } = event;
	const chapter = await chapterSummary(locals.db, slug);
	if (!chapter || chapter.slug !== slug) notFound('error_chapter_not_found');
	const org = await organisationName(locals.db, locals.locale);
	const name = translate(
		'ical_calendar_of',
		{ name: chapterName(chapter, locals.locale, org) },
		locals.locale
	);
	return publicCalendar(event, chapterScope(chapter), name, `${chapter.slug}.ics`);
}

/** A member's private calendar, read as that member, in their language; never kept by a shared cache. */
export async function personalCalendar(event: Event, secret: string) {
	const { locals, url, request } = event;
	const cal = await runQuery(async () => {
		const { actor, locale } = await calendarReader(locals.db, secret);
		const org = await organisationName(locals.db, locale);
		const name = translate('ical_calendar_mine', { name: org }, locale);
		const scope: CalendarScope = { kind: 'member', memberId: actor.id };
		return calendarFile(locals.db, actor, locale, url.origin, scope, name);
	});
	return fileResponse(request, cal.body, {
		type: ICS,
		filename: 'my-calendar.ics',
		...cal,
		cache: 'private'
	});
}

function csvResponse(event: Event, file: CsvFile, cache: 'public' | 'private') {
	return fileResponse(event.request, file.body, {
		type: CSV,
		filename: file.filename,
		modified: file.modified,
		cache,
		download: true
	});
}

/** A closed decision's results are the same for every reader. */
export async function decisionResultsCsv(event: Event, ref: string) {
	const id = idFromRef(ref) ?? notFound('decision_error_not_found');
	const file = await runQuery(() => resultsCsv(event.locals.db, actorOf(event), id));
	return csvResponse(event, file, 'public');
}

export async function memberDirectoryCsv(event: Event) {
	const { locals, url } = event;
	const filters = Object.fromEntries(url.searchParams);
	const file = await runQuery(() =>
		directoryCsv(locals.db, actorOf(event), locals.locale, filters)
	);
	return csvResponse(event, file, 'private');
}

export async function projectEffortCsv(event: Event, ref: string) {
	const id = idFromRef(ref) ?? notFound('project_error_not_found');
	const file = await runQuery(() =>
		effortCsv(event.locals.db, actorOf(event), event.locals.locale, id)
	);
	return csvResponse(event, file, 'private');
}
