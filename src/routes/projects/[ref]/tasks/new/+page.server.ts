import { memberFormPage } from '$lib/server/projects/actions';
import { addTask } from '$lib/server/projects/tasks';
import type { Actions, PageServerLoad } from './$types';

const page = memberFormPage('add-task', addTask);

export const load: PageServerLoad = page.load;
export const actions: Actions = page.actions;
