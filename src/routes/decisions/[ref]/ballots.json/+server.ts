import { notFound } from '$lib/server/http';
import { idFromRef } from '$lib/server/refs';
import { json } from '@sveltejs/kit';
import { runQuery } from '$lib/server/http';
import { publishedBallots } from '$lib/server/decisions/publication';
import type { RequestHandler } from './$types';

/** The anonymised ballots of a closed decision, for anyone to recount (`?weights=raw` for 1 each). */
export const GET: RequestHandler = async ({ params, url, locals }) => {
	const id = idFromRef(params.ref) ?? notFound('decision_error_not_found');
	const weights = url.searchParams.get('weights') === 'raw' ? 'raw' : 'weighted';
	const file = await runQuery(() => publishedBallots(locals.db, id, weights));
	return json(file, {
		headers: { 'content-disposition': `attachment; filename="decision-${id}-ballots.json"` }
	});
};
