import { actorOf, formAction, notFound, numberParam, runQuery } from '$lib/server/http';
import { addItem, openSession, removeItem } from '$lib/server/conventions/commands';
import { conventionPage } from '$lib/server/conventions/queries';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const idOf = (event: Pick<RequestEvent, 'params'>) => numberParam(event.params.id);

export const load: PageServerLoad = async (event) => {
	const id = idOf(event) || notFound('convention_error_not_found');
	const page = await runQuery(() => conventionPage(event.locals.db, actorOf(event), id));
	return { ...page, timeZone: event.locals.member?.timeZone };
};

export const actions: Actions = {
	addItem: formAction('addItem', (e, a, v) => addItem(e.locals.db, a, idOf(e), v)),
	removeItem: formAction('removeItem', (e, a, v) => removeItem(e.locals.db, a, idOf(e), v)),
	open: formAction('open', (e, a) => openSession(e.locals.db, a, idOf(e)))
};
