import { createApiToken, revokeApiToken, tokenList } from '$lib/server/api/tokens';
import { attempt, formAction, formValues, numberParam, requireActor } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	return { tokens: await tokenList(event.locals.db, actor.id) };
};

export const actions: Actions = {
	// The secret is in this one answer only: it is stored hashed and never shown again.
	create: async (event) => {
		const actor = requireActor(event);
		const values = formValues(await event.request.formData(), ['scopes']);
		const made = await attempt(
			values,
			() => createApiToken(event.locals.db, actor, values),
			'create'
		);
		if (!made.ok) return made.failure;
		return { create: true, secret: made.value.secret, name: String(values.name ?? '').trim() };
	},
	revoke: formAction('revoke', (event, actor, values) =>
		revokeApiToken(event.locals.db, actor, numberParam(values.token as string))
	)
};
