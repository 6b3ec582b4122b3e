import { postAid } from '$lib/server/aid/commands';
import { aidFormData } from '$lib/server/aid/forms';
import { formAction, memberOrLogIn } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	return aidFormData(event, memberOrLogIn(event).actor);
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
