import { decisionResultsCsv } from '$lib/server/formats/routes';
import type { RequestHandler } from './$types';

/** A closed decision's results for a spreadsheet (409 before the close). */
export const GET: RequestHandler = (event) => decisionResultsCsv(event, event.params.ref);
