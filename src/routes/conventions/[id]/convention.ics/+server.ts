import { actorOf, notFound, numberParam, runQuery } from '$lib/server/http';
import { loadConvention } from '$lib/server/conventions/context';
import { calendar } from '$lib/domain/formats/ical';
import type { RequestHandler } from './$types';

/** The convention's dates as an iCalendar feed (RFC 5545): a calendar shows them in its own zone. */
export const GET: RequestHandler = async (event) => {
	const id = numberParam(event.params.id) || notFound('convention_error_not_found');
	const { convention: c } = await runQuery(() =>
		loadConvention(event.locals.db, actorOf(event), id)
	);
	const body = calendar(c.title, [
		{
			uid: `convention-${c.id}@${event.url.hostname}`,
			start: c.startsAt,
			end: c.endsAt,
			stamp: c.createdAt,
			summary: c.title,
			url: `${event.url.origin}/conventions/${c.id}`
		}
	]);
	return new Response(body, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': `attachment; filename="convention-${c.id}.ics"`
		}
	});
};
