import { notFound, numberParam, requireActor, runQuery } from '$lib/server/http';
import { idFromRef } from '$lib/server/refs';
import { notYetVoted } from '$lib/server/decisions/reminders';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	const id = idFromRef(event.params.ref) ?? notFound('decision_error_not_found');
	const after = numberParam(event.url.searchParams.get('after'));
	return runQuery(() => notYetVoted(event.locals.db, actor, id, after));
};
