import { chapterCalendar } from '$lib/server/formats/routes';
import type { RequestHandler } from './$types';

/** A chapter's calendar: its decisions, elections and conventions, as a visitor sees them. */
export const GET: RequestHandler = (event) => chapterCalendar(event, event.params.slug);
