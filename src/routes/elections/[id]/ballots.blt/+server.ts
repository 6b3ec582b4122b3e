import { notFound, numberParam, runQuery } from '$lib/server/http';
import { publishedElectionBlt } from '$lib/server/elections/publication';
import type { RequestHandler } from './$types';

/** The ranked ballots of a closed election in BLT, for recounting with any STV tool. */
export const GET: RequestHandler = async ({ params, locals }) => {
	const id = numberParam(params.id) || notFound('election_error_not_found');
	const body = await runQuery(() => publishedElectionBlt(locals.db, id));
	return new Response(body, {
		headers: {
			'content-type': 'text/plain; charset=utf-8',
			'content-disposition': `attachment; filename="election-${id}-ballots.blt"`
		}
	});
};
