import { editAid } from '$lib/server/aid/commands';
import { aidFormData } from '$lib/server/aid/forms';
import { aidPostForEdit } from '$lib/server/aid/queries';
import { Forbidden } from '$lib/server/errors';
import { formAction, notFound, requireActor, runQuery } from '$lib/server/http';
import { idFromRef } from '$lib/server/refs';
import { dayOf } from '$lib/domain/aid/rules';
import type { Actions, PageServerLoad } from './$types';

const idOf = (ref: string) => idFromRef(ref) ?? notFound('aid_error_not_found');

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	const post = await runQuery(async () => {
		const found = await aidPostForEdit(event.locals.db, actor, idOf(event.params.ref));
		if (!found.mayEdit) throw new Forbidden('aid_error_not_yours');
		return found;
	});
	// The last day on the board is the day before the post leaves it.
	const lastDay = dayOf(new Date(post.expiresAt.getTime() - 1));
	return {
		...(await aidFormData(event, actor)),
		post: {
			url: post.url,
			title: post.title,
			values: {
				kind: post.kind,
				category: post.category,
				chapterId: post.chapterId === null ? '' : String(post.chapterId),
				language: post.language,
				title: post.title,
				body: post.body,
				expiresOn: lastDay < dayOf(new Date()) ? '' : lastDay
			}
		}
	};
};

export const actions: Actions = {
	default: formAction(
		'default',
		(event, actor, values) => editAid(event.locals.db, actor, idOf(event.params.ref), values),
		{ follow: true }
	)
};
