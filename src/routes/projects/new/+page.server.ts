import { languageOptions } from '$lib/server/geo/languages';
import { formAction, memberOrLogIn } from '$lib/server/http';
import { proposeProject } from '$lib/server/projects/commands';
import { writableChapters } from '$lib/server/writing/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	return {
		languages: languageOptions(event.locals.locale),
		chapters: await writableChapters(event.locals.db, memberOrLogIn(event).actor)
	};
};

export const actions: Actions = {
	default: formAction(
		'default',
		(event, actor, values) => proposeProject(event.locals.db, actor, values),
		{ follow: true }
	)
};
