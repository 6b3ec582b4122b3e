import { redirect } from '@sveltejs/kit';
import { formAction, requireActor, runQuery } from '$lib/server/http';
import { setJuryDuty } from '$lib/server/moderation/commands';
import { juryDuty } from '$lib/server/moderation/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	if (!event.locals.actor) redirect(303, '/login?next=%2Fmoderation%2Fduty');
	const actor = requireActor(event);
	return {
		duty: await runQuery(() => juryDuty(event.locals.db, actor)),
		timeZone: event.locals.member?.timeZone
	};
};

export const actions: Actions = {
	duty: formAction('changed', (event, actor, values) => setJuryDuty(event.locals.db, actor, values))
};
