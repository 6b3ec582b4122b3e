import { apiFallback, apiRoute } from '$lib/server/api/operation';
import { OPS } from '$lib/server/api/operations';
import { pathId } from '$lib/server/api/resources';
import { submitDecision } from '$lib/server/decisions/commands';

/** Submit one's draft, through the same command as the page's button. */
export const POST = apiRoute(OPS.submitDecision, async ({ db, member, event }) => {
	const id = pathId(event.params.id, 'decision_error_not_found');
	await submitDecision(db, member, id);
	return { value: { id } };
});

/** Any other method: 405 with Allow, as problem details. */
export const fallback = apiFallback;
