import { actorOf } from '$lib/server/http';
import { json } from '@sveltejs/kit';
import { runQuery } from '$lib/server/http';
import { decisionRegister } from '$lib/server/decisions/queries';
import type { RequestHandler } from './$types';

/** The decision register as JSON, with the page's filters (`q`, `phase`, `scope`, `outcome`, `before`). */
export const GET: RequestHandler = async (event) => {
	const query = Object.fromEntries(event.url.searchParams);
	const register = await runQuery(() =>
		decisionRegister(event.locals.db, actorOf(event), event.locals.locale, query)
	);
	return json(register);
};
