import { actorOf, notFound, numberParam, runQuery } from '$lib/server/http';
import { loadConvention } from '$lib/server/conventions/context';
import { fileResponse, newest } from '$lib/server/formats/responses';
import { calendar } from '$lib/domain/formats/ical';
import type { RequestHandler } from './$types';

/** The convention's dates as an iCalendar feed (RFC 5545): a calendar shows them in its own zone. */
export const GET: RequestHandler = async (event) => {
	const id = numberParam(event.params.id) || notFound('convention_error_not_found');
	const { convention: c } = await runQuery(() =>
		loadConvention(event.locals.db, actorOf(event), id)
	);
	const modified = newest([c.createdAt, c.openedAt, c.closedAt]) ?? c.createdAt;
	const body = calendar(c.title, [
		{
			// The same UID as in the organisation's and chapters' calendars (formats/calendars.ts).
			uid: `convention-${c.id}@${event.url.hostname}`,
			start: c.startsAt,
			end: c.endsAt,
			stamp: modified,
			modified,
			summary: c.title,
			url: `${event.url.origin}/conventions/${c.id}`
		}
	]);
	return fileResponse(event.request, body, {
		type: 'text/calendar; charset=utf-8',
		filename: `convention-${c.id}.ics`,
		modified,
		cache: 'public'
	});
};
