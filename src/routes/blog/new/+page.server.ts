import { languageOptions } from '$lib/server/geo/languages';
import { requireActor } from '$lib/server/http';
import { createPost } from '$lib/server/writing/commands';
import { can } from '$lib/server/writing/policy';
import { writableChapters } from '$lib/server/writing/queries';
import { imageFormAction } from '$lib/server/writing/attach-image';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	return {
		languages: languageOptions(event.locals.locale),
		chapters: await writableChapters(event.locals.db, actor),
		canWriteForOrganisation: can(actor, 'write-organisation-news', null)
	};
};

export const actions: Actions = {
	default: imageFormAction(
		'post',
		(event, actor, values) => createPost(event.locals.db, actor, values),
		{ follow: true }
	)
};
