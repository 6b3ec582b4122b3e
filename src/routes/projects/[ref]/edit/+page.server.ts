import { languageOptions } from '$lib/server/geo/languages';
import { formAction, requireActor } from '$lib/server/http';
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
		chapters: await writableChapters(event.locals.db, requireActor(event))
	};
};

export const actions: Actions = {
	default: formAction(
		'default',
		(event, actor, values) => editProject(event.locals.db, actor, refId(event.params.ref), values),
		{ follow: true }
	)
};
