import { redirect } from '@sveltejs/kit';
import { languageOptions } from '$lib/server/geo/languages';
import { attempt, formValues, requireActor, runQuery } from '$lib/server/http';
import { projectActorOf, refId } from '$lib/server/projects/actions';
import { addTask } from '$lib/server/projects/commands';
import { loadProject } from '$lib/server/projects/context';
import { can } from '$lib/server/projects/policy';
import { Forbidden } from '$lib/server/errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireActor(event);
	const who = await projectActorOf(event);
	const { project, url } = await runQuery(async () => {
		const loaded = await loadProject(event.locals.db, who, refId(event.params.ref));
		if (!can(who, 'add-task', loaded.subject)) throw new Forbidden('project_error_not_member');
		return loaded;
	});
	return {
		project: { id: project.id, title: project.title, url, language: project.language },
		languages: languageOptions(event.locals.locale)
	};
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireActor(event);
		const values = formValues(await event.request.formData());
		const result = await attempt(values, () =>
			addTask(event.locals.db, actor, refId(event.params.ref), values)
		);
		if (!result.ok) return result.failure;
		redirect(303, result.value.url);
	}
};
