import { flagContent } from '$lib/server/comments/commands';
import { formAction, numberParam, requireActor } from '$lib/server/http';
import { FLAG_REASONS } from '$lib/schemas/writing';
import { FLAG_SUBJECT_TYPES } from '$lib/server/db/schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireActor(event);
	const type = event.url.searchParams.get('type') ?? '';
	return {
		type: (FLAG_SUBJECT_TYPES as readonly string[]).includes(type) ? type : 'comment',
		id: numberParam(event.url.searchParams.get('id')),
		reasons: FLAG_REASONS
	};
};

export const actions: Actions = {
	default: formAction('flagged', (event, actor, values) =>
		flagContent(
			event.locals.db,
			actor,
			String(values.type ?? ''),
			numberParam(values.id as string),
			values
		)
	)
};
