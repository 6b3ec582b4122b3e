import { redirect } from '@sveltejs/kit';
import { languageOptions } from '$lib/server/geo/languages';
import { formAction } from '$lib/server/http';
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
	default: formAction(
		'default',
		(event, actor, values) => proposeProject(event.locals.db, actor, values),
		{ follow: true }
	)
};
