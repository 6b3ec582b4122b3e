// @ts-nocheck
import { updatePrivacy } from '$lib/server/members/commands';
import { ownPrivacy } from '$lib/server/members/queries';
import { attempt, formValues, requireActor, runQuery } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load = async (event: Parameters<PageServerLoad>[0]) => {
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

export const actions = {
	default: async (event: import('./$types').RequestEvent) => {
		const actor = requireActor(event);
		const values = formValues(await event.request.formData());
		const result = await attempt(values, () =>
			updatePrivacy(event.locals.db, actor, actor.id, values)
		);
		if (!result.ok) return result.failure;
		return { saved: true };
	}
};
;null as any as Actions;