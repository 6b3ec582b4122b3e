import { apiFallback, apiRoute } from '$lib/server/api/operation';
import { OPS } from '$lib/server/api/operations';
import { electionResource, pathId } from '$lib/server/api/resources';
import { electionPage } from '$lib/server/elections/queries';

/** One election: candidates, phase, and after the close the whole count. Never anyone's ballot. */
export const GET = apiRoute(OPS.getElection, async ({ db, actor, event }) =>
	electionResource(
		await electionPage(
			db,
			actor,
			event.locals.locale,
			pathId(event.params.id, 'election_error_not_found')
		)
	)
);

/** Any other method: 405 with Allow, as problem details. */
export const fallback = apiFallback;
