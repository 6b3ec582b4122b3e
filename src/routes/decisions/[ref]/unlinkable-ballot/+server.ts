import { error, json } from '@sveltejs/kit';
import { notFound, runQuery } from '$lib/server/http';
import { translate } from '$lib/server/i18n';
import { idFromRef } from '$lib/server/refs';
import { castUnlinkableBallot } from '$lib/server/decisions/unlinkable';
import { carriesIdentity } from '$lib/server/unlinkable/credentials';
import type { RequestHandler } from './$types';

/**
 * Cast an unlinkable ballot: token, signature and ballot, and no session. A request that carries
 * the voter's session is refused before anything is read, so it cannot even be logged beside it.
 */
export const POST: RequestHandler = async (event) => {
	if (carriesIdentity(event.request)) error(400, translate('unlinkable_error_identified'));
	const id = idFromRef(event.params.ref) ?? notFound('decision_error_not_found');
	const body = await event.request.json().catch(() => null);
	const cast = await runQuery(() => castUnlinkableBallot(event.locals.db, null, id, body));
	return json(cast, { headers: { 'cache-control': 'no-store' } });
};
