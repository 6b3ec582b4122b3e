import type { RequestEvent } from '@sveltejs/kit';
import { attempt, formValues, requireActor } from '$lib/server/http';
import { suggestScope } from './scopes';

/**
 * The proposal form's "Suggest the scope" button (works without JavaScript): the smallest scope
 * containing the groups ticked comes back selected, with everything typed kept.
 */
export async function suggestScopeAction(event: RequestEvent) {
	requireActor(event);
	const values = formValues(await event.request.formData(), ['affected']);
	const refs = (values.affected as string[]).filter((r) => /^(chapter|project):\d{1,15}$/.test(r));
	const result = await attempt(values, () => suggestScope(event.locals.db, refs));
	if (!result.ok) return result.failure;
	return { suggested: result.value, values: { ...values, scope: result.value } };
}

/**
 * The affected groups' filter without JavaScript: the form comes back with everything typed and
 * ticked kept, and the list narrowed to the groups whose names match (ticked ones always shown).
 */
export async function filterGroupsAction(event: RequestEvent) {
	requireActor(event);
	return { filtered: true, values: formValues(await event.request.formData(), ['affected']) };
}
