import { error, json } from '@sveltejs/kit';
import { notFound, numberParam, runQuery } from '$lib/server/http';
import { translate } from '$lib/server/i18n';
import { castUnlinkableElectionBallot } from '$lib/server/elections/unlinkable';
import { carriesIdentity } from '$lib/server/unlinkable/credentials';
import type { RequestHandler } from './$types';

/** Cast an unlinkable election ballot: token, signature and ballot, never with the session. */
export const POST: RequestHandler = async (event) => {
	if (carriesIdentity(event.request)) error(400, translate('unlinkable_error_identified'));
	const id = numberParam(event.params.id) || notFound('election_error_not_found');
	const body = await event.request.json().catch(() => null);
	const cast = await runQuery(() => castUnlinkableElectionBallot(event.locals.db, null, id, body));
	return json(cast, { headers: { 'cache-control': 'no-store' } });
};
