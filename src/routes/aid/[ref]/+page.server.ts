import { fulfilAid, withdrawAid } from '$lib/server/aid/commands';
import { aidPost } from '$lib/server/aid/queries';
import { actorOf, formAction, notFound, runQuery } from '$lib/server/http';
import { idFromRef } from '$lib/server/refs';
import type { Actions, PageServerLoad } from './$types';

const idOf = (ref: string) => idFromRef(ref) ?? notFound('aid_error_not_found');

export const load: PageServerLoad = async (event) => ({
	post: await runQuery(() => aidPost(event.locals.db, actorOf(event), idOf(event.params.ref)))
});

export const actions: Actions = {
	fulfil: formAction(
		'fulfil',
		(event, actor) => fulfilAid(event.locals.db, actor, idOf(event.params.ref)),
		{ follow: true }
	),
	withdraw: formAction(
		'withdraw',
		(event, actor) => withdrawAid(event.locals.db, actor, idOf(event.params.ref)),
		{ follow: true }
	)
};
