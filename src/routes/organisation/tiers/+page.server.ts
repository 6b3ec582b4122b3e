import { formAction, numberParam, requireActor, runQuery } from '$lib/server/http';
import { awaitingConfirmation, confirmTier } from '$lib/server/instance/tiers';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	return {
		waiting: await runQuery(() => awaitingConfirmation(event.locals.db, actor, event.locals.locale))
	};
};

export const actions: Actions = {
	default: formAction('confirmed', (event, actor, values) =>
		confirmTier(event.locals.db, actor, numberParam(String(values.member ?? '')))
	)
};
