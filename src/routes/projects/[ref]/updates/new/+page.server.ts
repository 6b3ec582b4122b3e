import { redirect } from '@sveltejs/kit';
import { languageOptions } from '$lib/server/geo/languages';
import { attempt, formValues, requireActor } from '$lib/server/http';
import { projectFor, refId } from '$lib/server/projects/actions';
import { postProjectUpdate } from '$lib/server/projects/commands';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { project, url } = await projectFor(event, 'post-update', 'project_error_not_member');
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
			postProjectUpdate(event.locals.db, actor, refId(event.params.ref), values)
		);
		if (!result.ok) return result.failure;
		redirect(303, result.value.url);
	}
};
