import { committeeBySlug } from '$lib/server/committees/queries';
import { actorOf, runQuery } from '$lib/server/http';
import { mandateActions } from '$lib/server/mandates/form-actions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	page: await runQuery(() => committeeBySlug(event.locals.db, actorOf(event), event.params.slug))
});

export const actions: Actions = { ...mandateActions };
