import { json } from '@sveltejs/kit';
import { actorOf, notFound, runQuery } from '$lib/server/http';
import { idFromRef } from '$lib/server/refs';
import { decisionBallotKey, issueDecisionCredential } from '$lib/server/decisions/unlinkable';
import type { RequestHandler } from './$types';

/**
 * An unlinkable ballot's credential, for the logged-in eligible member: GET reads the public key
 * of their weight class (to blind a token with), POST signs the blinded token, once.
 */
export const GET: RequestHandler = async (event) => {
	const id = idFromRef(event.params.ref) ?? notFound('decision_error_not_found');
	const key = await runQuery(() => decisionBallotKey(event.locals.db, actorOf(event), id));
	return json(key, { headers: { 'cache-control': 'no-store' } });
};

export const POST: RequestHandler = async (event) => {
	const id = idFromRef(event.params.ref) ?? notFound('decision_error_not_found');
	const body = await event.request.json().catch(() => null);
	const issued = await runQuery(() =>
		issueDecisionCredential(event.locals.db, actorOf(event), id, body)
	);
	return json(issued, { headers: { 'cache-control': 'no-store' } });
};
