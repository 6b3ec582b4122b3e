import { notFound, numberParam } from '$lib/server/http';
import { idFromRef } from '$lib/server/refs';
import { requireActor, runQuery } from '$lib/server/http';
import { notYetVoted } from '$lib/server/decisions/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	const id = idFromRef(event.params.ref) ?? notFound('decision_error_not_found');
	const after = numberParam(event.url.searchParams.get('after'));
	return runQuery(() => notYetVoted(event.locals.db, actor, id, after));
};
