import { json } from '@sveltejs/kit';
import { actorOf, notFound, numberParam, runQuery } from '$lib/server/http';
import { electionBallotKey, issueElectionCredential } from '$lib/server/elections/unlinkable';
import type { RequestHandler } from './$types';

/** An unlinkable election ballot's credential: GET the key to blind with, POST to have it signed. */
export const GET: RequestHandler = async (event) => {
	const id = numberParam(event.params.id) || notFound('election_error_not_found');
	const key = await runQuery(() => electionBallotKey(event.locals.db, actorOf(event), id));
	return json(key, { headers: { 'cache-control': 'no-store' } });
};

export const POST: RequestHandler = async (event) => {
	const id = numberParam(event.params.id) || notFound('election_error_not_found');
	const body = await event.request.json().catch(() => null);
	const issued = await runQuery(() =>
		issueElectionCredential(event.locals.db, actorOf(event), id, body)
	);
	return json(issued, { headers: { 'cache-control': 'no-store' } });
};
