import { formAction, memberOrLogIn, numberParam } from '$lib/server/http';
import { notificationPage, unreadCount } from '$lib/server/notifications/queries';
import { markAllRead, markRead } from '$lib/server/notifications/commands';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { actor, member } = memberOrLogIn(event);
	const before = numberParam(event.url.searchParams.get('before')) || undefined;
	const [page, unread] = await Promise.all([
		notificationPage(event.locals.db, actor, before),
		unreadCount(event.locals.db, actor.id)
	]);
	return { ...page, unread, memberId: actor.id, timeZone: member.timeZone };
};

export const actions: Actions = {
	read: formAction('read', (event, actor, values) =>
		markRead(event.locals.db, actor, numberParam(String(values.id ?? '')))
	),
	readAll: formAction('readAll', (event, actor, values) =>
		markAllRead(event.locals.db, actor, numberParam(String(values.upTo ?? '')))
	)
};
