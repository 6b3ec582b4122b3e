import { actorOf, formAction, notFound, numberParam, runQuery } from '$lib/server/http';
import { castVote, closeMotion, moveMotion } from '$lib/server/conventions/motions';
import { minutesPage } from '$lib/server/conventions/queries';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const idOf = (event: Pick<RequestEvent, 'params'>) => numberParam(event.params.id);

export const load: PageServerLoad = async (event) => {
	const id = idOf(event) || notFound('convention_error_not_found');
	const page = await runQuery(() => minutesPage(event.locals.db, actorOf(event), id));
	return { ...page, timeZone: event.locals.member?.timeZone };
};

export const actions: Actions = {
	correct: formAction('correct', (e, a, v) =>
		moveMotion(e.locals.db, a, idOf(e), { ...v, kind: 'correction' })
	),
	vote: formAction('vote', (e, a, v) => castVote(e.locals.db, a, idOf(e), v)),
	closeMotion: formAction('closeMotion', (e, a, v) => closeMotion(e.locals.db, a, idOf(e), v))
};
