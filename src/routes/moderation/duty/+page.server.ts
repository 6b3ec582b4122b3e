import { formAction, memberOrLogIn, runQuery } from '$lib/server/http';
import { setJuryDuty } from '$lib/server/moderation/commands';
import { juryDuty } from '$lib/server/moderation/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { actor, member } = memberOrLogIn(event);
	return {
		duty: await runQuery(() => juryDuty(event.locals.db, actor)),
		timeZone: member.timeZone
	};
};

export const actions: Actions = {
	duty: formAction('changed', (event, actor, values) => setJuryDuty(event.locals.db, actor, values))
};
