import { actorOf, numberParam, runQuery, toCanonical } from '$lib/server/http';
import { projectAction, refId } from '$lib/server/projects/actions';
import {
	assignTask,
	declineTask,
	claimTask,
	completeTask,
	logEffort,
	rateTask,
	releaseTask,
	removeEffort
} from '$lib/server/projects/tasks';
import { taskPage } from '$lib/server/projects/pages';
import type { Actions, PageServerLoad } from './$types';

const taskIdOf = (event: { params: { task?: string } }) =>
	refId(event.params.task, 'project_error_task_not_found');

export const load: PageServerLoad = async (event) => {
	const who = actorOf(event);
	const page = await runQuery(() => taskPage(event.locals.db, who, taskIdOf(event)));
	toCanonical(event, page.task.url);
	return { ...page, timeZone: event.locals.member?.timeZone };
};

export const actions: Actions = {
	rate: projectAction('rated', rateTask, taskIdOf),
	claim: projectAction('claimed', (db, actor, id) => claimTask(db, actor, id), taskIdOf, true),
	assign: projectAction('assigned', assignTask, taskIdOf),
	decline: projectAction('declined', (db, actor, id) => declineTask(db, actor, id), taskIdOf),
	release: projectAction('released', (db, actor, id) => releaseTask(db, actor, id), taskIdOf),
	complete: projectAction('completed', (db, actor, id) => completeTask(db, actor, id), taskIdOf),
	log: projectAction('logged', logEffort, taskIdOf),
	removeEffort: projectAction(
		'removed',
		(db, actor, _id, values) => removeEffort(db, actor, numberParam(values.entry as string)),
		taskIdOf
	)
};
