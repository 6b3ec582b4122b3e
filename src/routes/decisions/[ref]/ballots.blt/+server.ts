import { notFound } from '$lib/server/http';
import { idFromRef } from '$lib/server/refs';
import { runQuery } from '$lib/server/http';
import { publishedBlt } from '$lib/server/decisions/publication';
import type { RequestHandler } from './$types';

/** The ranked ballots of a closed decision in BLT, the format STV and Condorcet tools read. */
export const GET: RequestHandler = async ({ params, url, locals }) => {
	const id = idFromRef(params.ref) ?? notFound('decision_error_not_found');
	const weights = url.searchParams.get('weights') === 'raw' ? 'raw' : 'weighted';
	const body = await runQuery(() => publishedBlt(locals.db, id, weights));
	return new Response(body, {
		headers: {
			'content-type': 'text/plain; charset=utf-8',
			'content-disposition': `attachment; filename="decision-${id}-ballots.blt"`
		}
	});
};
