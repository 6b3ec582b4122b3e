import { commentActions, loadDiscussion } from '$lib/server/comments/actions';
import { actorOf, runQuery, toCanonical } from '$lib/server/http';
import { projectAction, refId } from '$lib/server/projects/actions';
import {
	changeProjectStatus,
	declineCoordination,
	handOverCoordination,
	joinProject,
	leaveProject,
	setWillingness,
	takeCoordination
} from '$lib/server/projects/commands';
import { projectPage } from '$lib/server/projects/pages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const id = refId(event.params.ref);
	const who = actorOf(event);
	const page = await runQuery(() => projectPage(event.locals.db, who, id));
	toCanonical(event, page.project.url);
	const discussion = await runQuery(() => loadDiscussion(event, who, 'project', id));
	return { ...page, discussion, timeZone: event.locals.member?.timeZone };
};

const idOf = (event: { params: { ref?: string } }) => refId(event.params.ref);

export const actions: Actions = {
	join: projectAction('joined', (db, actor, id) => joinProject(db, actor, id), idOf),
	leave: projectAction('left', (db, actor, id) => leaveProject(db, actor, id), idOf),
	status: projectAction('statusChanged', changeProjectStatus, idOf),
	take: projectAction('took', (db, actor, id) => takeCoordination(db, actor, id), idOf),
	handOver: projectAction('handedOver', handOverCoordination, idOf),
	declineCoordination: projectAction(
		'declinedCoordination',
		(db, actor, id) => declineCoordination(db, actor, id),
		idOf
	),
	willing: projectAction(
		'willingSaved',
		(db, actor, id, values) => setWillingness(db, actor, id, values.willing === 'true'),
		idOf
	),
	...commentActions('project', idOf)
};
