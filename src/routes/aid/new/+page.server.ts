import { redirect } from '@sveltejs/kit';
import { postAid } from '$lib/server/aid/commands';
import { aidFormData } from '$lib/server/aid/forms';
import { formAction, requireActor } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	if (!event.locals.actor) redirect(303, '/login?next=%2Faid%2Fnew');
	return aidFormData(event, requireActor(event));
};

export const actions: Actions = {
	default: formAction(
		'default',
		(event, actor, values) => postAid(event.locals.db, actor, values),
		{
			follow: true
		}
	)
};
