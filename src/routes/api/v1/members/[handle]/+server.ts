import { apiFallback, apiRoute } from '$lib/server/api/operation';
import { OPS } from '$lib/server/api/operations';
import { memberResource } from '$lib/server/api/resources';
import { profileByHandle } from '$lib/server/members/queries';

/** A member's profile: the same query, so the same privacy rules, as their page (/@handle). */
export const GET = apiRoute(OPS.getMember, async ({ db, actor, event }) =>
	memberResource(event.url.origin, await profileByHandle(db, actor, event.params.handle ?? ''))
);

/** Any other method: 405 with Allow, as problem details. */
export const fallback = apiFallback;
