import { redirect } from '@sveltejs/kit';
import { readerOf } from '$lib/server/comments/actions';
import { languageOptions } from '$lib/server/geo/languages';
import { attempt, formValues, requireActor, runQuery } from '$lib/server/http';
import { projectActorOf, refId } from '$lib/server/projects/actions';
import { editProject } from '$lib/server/projects/commands';
import { loadProject } from '$lib/server/projects/context';
import { can } from '$lib/server/projects/policy';
import { Forbidden } from '$lib/server/errors';
import { writableChapters } from '$lib/server/writing/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireActor(event);
	const id = refId(event.params.ref);
	const who = await projectActorOf(event);
	const { project, subject, url } = await runQuery(async () => {
		const loaded = await loadProject(event.locals.db, who, id);
		if (!can(who, 'edit', loaded.subject)) throw new Forbidden('error_forbidden');
		return loaded;
	});
	return {
		project: { ...project, url },
		role: subject.role,
		languages: languageOptions(event.locals.locale),
		chapters: await writableChapters(event.locals.db, (await readerOf(event))!)
	};
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireActor(event);
		const values = formValues(await event.request.formData());
		const result = await attempt(values, () =>
			editProject(event.locals.db, actor, refId(event.params.ref), values)
		);
		if (!result.ok) return result.failure;
		redirect(303, result.value.url);
	}
};
