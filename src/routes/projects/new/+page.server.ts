import { redirect } from '@sveltejs/kit';
import { languageOptions } from '$lib/server/geo/languages';
import { attempt, formValues, requireActor } from '$lib/server/http';
import { proposeProject } from '$lib/server/projects/commands';
import { writableChapters } from '$lib/server/writing/queries';
import { readerOf } from '$lib/server/comments/actions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	if (!event.locals.member) redirect(303, '/login?next=%2Fprojects%2Fnew');
	const reader = (await readerOf(event))!;
	return {
		languages: languageOptions(event.locals.locale),
		chapters: await writableChapters(event.locals.db, reader)
	};
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireActor(event);
		const values = formValues(await event.request.formData());
		const result = await attempt(values, () => proposeProject(event.locals.db, actor, values));
		if (!result.ok) return result.failure;
		redirect(303, result.value.url);
	}
};
