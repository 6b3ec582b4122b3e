import { METHOD_IDS } from '$lib/domain/tally';
import { limitParams, tallyAction } from '$lib/server/tally';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ methods: [...METHOD_IDS], limits: limitParams() });

export const actions: Actions = {
	default: ({ request, setHeaders }) => tallyAction(request, setHeaders)
};
