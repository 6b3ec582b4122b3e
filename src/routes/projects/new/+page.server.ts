import { redirect } from '@sveltejs/kit';
import { languageOptions } from '$lib/server/geo/languages';
import { formAction, requireActor } from '$lib/server/http';
import { proposeProject } from '$lib/server/projects/commands';
import { writableChapters } from '$lib/server/writing/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	if (!event.locals.member) redirect(303, '/login?next=%2Fprojects%2Fnew');
	return {
		languages: languageOptions(event.locals.locale),
		chapters: await writableChapters(event.locals.db, requireActor(event))
	};
};

export const actions: Actions = {
	default: formAction(
		'default',
		(event, actor, values) => proposeProject(event.locals.db, actor, values),
		{ follow: true }
	)
};
