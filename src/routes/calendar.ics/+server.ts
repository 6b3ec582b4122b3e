import { organisationCalendar } from '$lib/server/formats/routes';
import type { RequestHandler } from './$types';

/** The organisation's calendar (RFC 5545): decisions, elections and conventions, as a visitor sees them. */
export const GET: RequestHandler = (event) => organisationCalendar(event);
