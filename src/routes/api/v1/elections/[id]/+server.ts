import { json } from '@sveltejs/kit';
import { actorOf, notFound, numberParam, runQuery } from '$lib/server/http';
import { electionPage } from '$lib/server/elections/queries';
import type { RequestHandler } from './$types';

/** One election: candidates, phase, and after the close the whole count. Never anyone's ballot. */
export const GET: RequestHandler = async (event) => {
	const id = numberParam(event.params.id) || notFound('election_error_not_found');
	const page = await runQuery(() =>
		electionPage(event.locals.db, actorOf(event), event.locals.locale, id)
	);
	const { ballot: _ballot, mine: _mine, may: _may, ...published } = page;
	return json(published);
};
