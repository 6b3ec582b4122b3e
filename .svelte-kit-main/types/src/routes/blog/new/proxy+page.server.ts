// @ts-nocheck
import { redirect } from '@sveltejs/kit';
import { readerOf } from '$lib/server/comments/actions';
import { languageOptions } from '$lib/server/geo/languages';
import { attempt, formValues, requireActor } from '$lib/server/http';
import { createPost } from '$lib/server/writing/commands';
import { can } from '$lib/server/writing/policy';
import { writableChapters } from '$lib/server/writing/queries';
import type { Actions, PageServerLoad } from './$types';

export const load = async (event: Parameters<PageServerLoad>[0]) => {
	requireActor(event);
	const reader = (await readerOf(event))!;
	return {
		languages: languageOptions(event.locals.locale),
		chapters: await writableChapters(event.locals.db, reader),
		canWriteForOrganisation: can(reader, 'write-organisation-news')
	};
};

export const actions = {
	default: async (event: import('./$types').RequestEvent) => {
		const actor = requireActor(event);
		const values = formValues(await event.request.formData());
		const result = await attempt(values, () => createPost(event.locals.db, actor, values));
		if (!result.ok) return result.failure;
		redirect(303, `/posts/${result.value.id}-${result.value.slug}`);
	}
};
;null as any as Actions;