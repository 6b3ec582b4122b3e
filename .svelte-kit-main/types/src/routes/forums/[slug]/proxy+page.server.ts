// @ts-nocheck
import { redirect } from '@sveltejs/kit';
import { languageOptions } from '$lib/server/geo/languages';
import { attempt, formValues, requireActor, runQuery } from '$lib/server/http';
import { startThread } from '$lib/server/writing/commands';
import { forumCategory, parseCursor } from '$lib/server/writing/queries';
import type { Actions, PageServerLoad } from './$types';

export const load = async ({ locals, params, url }: Parameters<PageServerLoad>[0]) => ({
	forum: await runQuery(() =>
		forumCategory(locals.db, params.slug, parseCursor(url.searchParams.get('before')))
	),
	languages: languageOptions(locals.locale)
});

export const actions = {
	default: async (event: import('./$types').RequestEvent) => {
		const actor = requireActor(event);
		const { category } = await runQuery(() => forumCategory(event.locals.db, event.params.slug));
		const values = formValues(await event.request.formData());
		const result = await attempt(values, () =>
			startThread(event.locals.db, actor, category.id, values)
		);
		if (!result.ok) return result.failure;
		redirect(303, `/threads/${result.value.id}-${result.value.slug}`);
	}
};
;null as any as Actions;