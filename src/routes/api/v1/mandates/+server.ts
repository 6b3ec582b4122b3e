import { apiFallback, apiRoute } from '$lib/server/api/operation';
import { OPS } from '$lib/server/api/operations';
import { mandateListResource } from '$lib/server/api/resources';
import { parseScopeRef } from '$lib/server/decisions/scopes';
import { scopeRef } from '$lib/server/mandates/policy';
import { mandatesOfScope } from '$lib/server/mandates/scope-view';
import { parseInput } from '$lib/server/validation';

/** Who holds each role of a scope now, for those who may see the scope (its page's rule). */
export const GET = apiRoute(OPS.listMandates, async ({ db, actor, event, query }) => {
	const { scope, role } = parseInput(OPS.listMandates.query, query);
	const { scopeKind, scopeId } = parseScopeRef(scope);
	return mandateListResource(
		event.url.origin,
		await mandatesOfScope(db, actor, event.locals.locale, scopeRef(scopeKind, scopeId), role)
	);
});

/** Any other method: 405 with Allow, as problem details. */
export const fallback = apiFallback;
