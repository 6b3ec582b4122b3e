import { memberDirectoryCsv } from '$lib/server/formats/routes';
import type { RequestHandler } from './$types';

/** The member directory with the page's filters, as this reader may see it, for a spreadsheet. */
export const GET: RequestHandler = (event) => memberDirectoryCsv(event);
