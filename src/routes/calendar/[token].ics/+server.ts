import { personalCalendar } from '$lib/server/formats/routes';
import type { RequestHandler } from './$types';

/** A member's private calendar, for calendar programs that cannot log in: the address is the key. */
export const GET: RequestHandler = (event) => personalCalendar(event, event.params.token);
