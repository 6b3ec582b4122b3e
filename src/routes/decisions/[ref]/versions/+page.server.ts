import { actorOf, notFound, numberParam, runQuery } from '$lib/server/http';
import { idFromRef } from '$lib/server/refs';
import { decisionVersionsPage } from '$lib/server/decisions/versions';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const id = idFromRef(event.params.ref) ?? notFound('decision_error_not_found');
	const from = numberParam(event.url.searchParams.get('from')) || undefined;
	const to = numberParam(event.url.searchParams.get('to')) || undefined;
	return {
		...(await runQuery(() => decisionVersionsPage(event.locals.db, actorOf(event), id, from, to))),
		timeZone: event.locals.member?.timeZone
	};
};
