import { attempt, formAction, requireActor, runQuery } from '$lib/server/http';
import {
	calendarAddressSince,
	makeCalendarAddress,
	stopCalendarAddress
} from '$lib/server/formats/subscriptions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	return {
		since: await runQuery(() => calendarAddressSince(event.locals.db, actor)),
		timeZone: event.locals.member?.timeZone
	};
};

export const actions: Actions = {
	/** The new address is answered this once (only its digest is kept), so the page can show it. */
	make: async (event) => {
		const actor = requireActor(event);
		const result = await attempt({}, () => makeCalendarAddress(event.locals.db, actor), 'make');
		if (!result.ok) return result.failure;
		event.setHeaders({ 'cache-control': 'no-store' });
		return { made: `/calendar/${result.value}.ics` };
	},
	stop: formAction('stop', (event, actor) => stopCalendarAddress(event.locals.db, actor))
};
