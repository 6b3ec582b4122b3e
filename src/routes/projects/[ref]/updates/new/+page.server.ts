import { memberFormPage } from '$lib/server/projects/actions';
import { postProjectUpdate } from '$lib/server/projects/commands';
import type { Actions, PageServerLoad } from './$types';

const page = memberFormPage('post-update', postProjectUpdate);

export const load: PageServerLoad = page.load;
export const actions: Actions = page.actions;
