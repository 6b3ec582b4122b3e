import { actorOf, formAction, runQuery } from '$lib/server/http';
import { callConvention } from '$lib/server/conventions/commands';
import { conventionList } from '$lib/server/conventions/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const list = await runQuery(() => conventionList(event.locals.db, actorOf(event)));
	return { ...list, timeZone: event.locals.member?.timeZone };
};

export const actions: Actions = {
	call: formAction(
		'call',
		(e, a, v) => callConvention(e.locals.db, a, v, e.locals.member?.timeZone ?? 'UTC'),
		{ follow: true }
	)
};
