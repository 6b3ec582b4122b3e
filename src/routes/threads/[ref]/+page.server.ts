import { actorOf, notFound } from '$lib/server/http';
import { idFromRef } from '$lib/server/refs';
import { redirect } from '@sveltejs/kit';
import { commentActions, loadDiscussion, readerOf } from '$lib/server/comments/actions';
import { attempt, formValues, requireActor, runQuery } from '$lib/server/http';
import { moderateThread } from '$lib/server/writing/commands';
import { can } from '$lib/server/writing/policy';
import { threadById } from '$lib/server/writing/queries';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
	const id = idFromRef(event.params.ref) ?? notFound('forum_error_not_found');
	const reader = await readerOf(event);
	const thread = await runQuery(() => threadById(event.locals.db, reader, id));
	if (event.params.ref !== thread.url.slice('/threads/'.length))
		redirect(301, `${thread.url}${event.url.search}`);
	return {
		thread,
		discussion: await runQuery(() => loadDiscussion(event, reader, 'thread', id)),
		may: {
			lock: can(reader, 'lock-thread', thread),
			pin: can(reader, 'pin-thread', thread),
			slowMode: can(reader, 'set-slow-mode', thread)
		},
		timeZone: event.locals.member?.timeZone
	};
};

const threadId = (event: RequestEvent) => idFromRef(event.params.ref) ?? 0;

export const actions: Actions = {
	...commentActions('thread', threadId),
	moderate: async (event) => {
		const actor = requireActor(event);
		const values = formValues(await event.request.formData());
		const flag = (v: unknown) => (v === undefined ? undefined : v === 'on');
		const result = await attempt(
			values,
			() =>
				moderateThread(event.locals.db, actor, threadId(event), {
					locked: flag(values.locked),
					pinned: flag(values.pinned),
					slowMode: flag(values.slowMode)
				}),
			'moderate'
		);
		if (!result.ok) return result.failure;
		return { moderated: !!actorOf(event) };
	}
};
