import { projectEffortCsv } from '$lib/server/formats/routes';
import type { RequestHandler } from './$types';

/** A project's balance of work, as its page shows it to this reader, for a spreadsheet. */
export const GET: RequestHandler = (event) => projectEffortCsv(event, event.params.ref);
