import { json } from '@sveltejs/kit';
import { notFound, numberParam, runQuery } from '$lib/server/http';
import { publishedElectionBallots } from '$lib/server/elections/publication';
import type { RequestHandler } from './$types';

/** The ballots of a closed election as JSON (every method), without voter identities. */
export const GET: RequestHandler = async ({ params, locals }) => {
	const id = numberParam(params.id) || notFound('election_error_not_found');
	return json(await runQuery(() => publishedElectionBallots(locals.db, id)), {
		headers: { 'content-disposition': `attachment; filename="election-${id}-ballots.json"` }
	});
};
