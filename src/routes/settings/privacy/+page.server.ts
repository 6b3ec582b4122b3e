import { updatePrivacy } from '$lib/server/members/commands';
import { ownPrivacy } from '$lib/server/members/queries';
import { formAction, requireActor, runQuery } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	const me = await runQuery(() => ownPrivacy(event.locals.db, actor));
	return {
		privacy: {
			inDirectory: me.inDirectory,
			onMap: me.onMap,
			showFullName: me.showFullName,
			gender: me.gender ?? '',
			ageBand: me.ageBand ?? ''
		}
	};
};

export const actions: Actions = {
	default: formAction('saved', (event, actor, values) =>
		updatePrivacy(event.locals.db, actor, actor.id, values)
	)
};
