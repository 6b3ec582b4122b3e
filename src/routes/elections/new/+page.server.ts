import { actorOf, formAction, requireActor, runQuery } from '$lib/server/http';
import { callElection } from '$lib/server/elections/commands';
import { callOptions } from '$lib/server/elections/call-options';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireActor(event);
	return runQuery(() => callOptions(event.locals.db, actorOf(event)!, event.locals.locale));
};

export const actions: Actions = {
	default: formAction('call', (e, a, v) => callElection(e.locals.db, a, v), { follow: true })
};
