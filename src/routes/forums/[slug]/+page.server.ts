import { languageOptions } from '$lib/server/geo/languages';
import { runQuery } from '$lib/server/http';
import { startThread } from '$lib/server/writing/commands';
import { forumCategory, parseCursor } from '$lib/server/writing/queries';
import { imageFormAction } from '$lib/server/writing/attach-image';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => ({
	forum: await runQuery(() =>
		forumCategory(locals.db, locals.actor, params.slug, parseCursor(url.searchParams.get('before')))
	),
	languages: languageOptions(locals.locale)
});

export const actions: Actions = {
	default: imageFormAction(
		'thread',
		async (event, actor, values) => {
			const { category } = await runQuery(() =>
				forumCategory(event.locals.db, actor, event.params.slug)
			);
			return startThread(event.locals.db, actor, category.id, values);
		},
		{ follow: true }
	)
};
