import { actorOf, formAction, notFound, numberParam, runQuery } from '$lib/server/http';
import {
	closeItem,
	closeSession,
	openNextItem,
	publishMinutes
} from '$lib/server/conventions/commands';
import {
	joinQueue,
	leaveQueue,
	nextSpeaker,
	takeFloor,
	yieldFloor
} from '$lib/server/conventions/queue';
import { castVote, closeMotion, moveMotion, ratifyDocument } from '$lib/server/conventions/motions';
import { sessionPage } from '$lib/server/conventions/queries';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const idOf = (event: Pick<RequestEvent, 'params'>) => numberParam(event.params.id);

export const load: PageServerLoad = async (event) => {
	const id = idOf(event) || notFound('convention_error_not_found');
	const page = await runQuery(() => sessionPage(event.locals.db, actorOf(event), id));
	return { ...page, timeZone: event.locals.member?.timeZone };
};

export const actions: Actions = {
	join: formAction('join', (e, a, v) => joinQueue(e.locals.db, a, idOf(e), v)),
	leave: formAction('leave', (e, a) => leaveQueue(e.locals.db, a, idOf(e))),
	take: formAction('take', (e, a) => takeFloor(e.locals.db, a, idOf(e))),
	yield: formAction('yield', (e, a) => yieldFloor(e.locals.db, a, idOf(e))),
	next: formAction('next', (e, a) => nextSpeaker(e.locals.db, a, idOf(e))),
	openItem: formAction('openItem', (e, a) => openNextItem(e.locals.db, a, idOf(e))),
	closeItem: formAction('closeItem', (e, a) => closeItem(e.locals.db, a, idOf(e))),
	move: formAction('move', (e, a, v) => moveMotion(e.locals.db, a, idOf(e), v)),
	vote: formAction('vote', (e, a, v) => castVote(e.locals.db, a, idOf(e), v)),
	closeMotion: formAction('closeMotion', (e, a, v) => closeMotion(e.locals.db, a, idOf(e), v)),
	ratify: formAction('ratify', (e, a, v) => ratifyDocument(e.locals.db, a, idOf(e), v)),
	closeSession: formAction('closeSession', (e, a) => closeSession(e.locals.db, a, idOf(e))),
	publish: formAction('publish', (e, a) => publishMinutes(e.locals.db, a, idOf(e)))
};
