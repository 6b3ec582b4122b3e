import { redirect } from '@sveltejs/kit';
import { readerOf } from '$lib/server/comments/actions';
import { languageOptions } from '$lib/server/geo/languages';
import { attempt, formValues, requireActor } from '$lib/server/http';
import { projectFor, refId } from '$lib/server/projects/actions';
import { editProject } from '$lib/server/projects/commands';
import { writableChapters } from '$lib/server/writing/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { project, subject, url } = await projectFor(event, 'edit');
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
