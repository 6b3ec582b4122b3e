import { commentHistory } from '$lib/server/comments/queries';
import { actorOf, numberParam, runQuery } from '$lib/server/http';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const h = await runQuery(() =>
		commentHistory(event.locals.db, actorOf(event), numberParam(event.params.id))
	);
	return {
		id: h.comment.id,
		url: h.comment.subject.url,
		author: h.comment.displayName,
		versions: h.versions,
		timeZone: event.locals.member?.timeZone
	};
};
