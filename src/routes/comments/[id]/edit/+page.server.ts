import { error } from '@sveltejs/kit';
import { editComment } from '$lib/server/comments/commands';
import { commentForEdit } from '$lib/server/comments/queries';
import { formAction, numberParam, requireActor, runQuery } from '$lib/server/http';
import { translate } from '$lib/server/i18n';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	const comment = await runQuery(() =>
		commentForEdit(event.locals.db, actor, numberParam(event.params.id))
	);
	if (!comment.own) error(403, translate('error_forbidden'));
	return { comment: { id: comment.id, body: comment.body, url: comment.subject.url } };
};

export const actions: Actions = {
	default: formAction(
		'edit',
		(event, actor, values) =>
			editComment(event.locals.db, actor, numberParam(event.params.id), values),
		{ follow: true }
	)
};
