import { commentActions, loadDiscussion } from '$lib/server/comments/actions';
import {
	actorOf,
	type AnyEvent,
	formAction,
	notFound,
	runQuery,
	toCanonical
} from '$lib/server/http';
import { withPageHtml } from '$lib/server/page-html';
import { idFromRef } from '$lib/server/refs';
import { moderateThread } from '$lib/server/writing/commands';
import { can } from '$lib/server/writing/policy';
import { threadById } from '$lib/server/writing/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const id = idFromRef(event.params.ref) ?? notFound('forum_error_not_found');
	const reader = actorOf(event);
	const thread = await runQuery(() => threadById(event.locals.db, reader, id));
	toCanonical(event, thread.url);
	// The Markdown source is for the edit page; this one shows the rendered text.
	const { body: _source, ...shown } = thread;
	return {
		thread: withPageHtml(event, shown),
		discussion: await runQuery(() => loadDiscussion(event, reader, 'thread', id)),
		may: {
			lock: can(reader, 'lock-thread', thread),
			pin: can(reader, 'pin-thread', thread),
			slowMode: can(reader, 'set-slow-mode', thread)
		},
		timeZone: event.locals.member?.timeZone
	};
};

const threadId = (event: AnyEvent) => idFromRef(event.params.ref) ?? 0;
/** A checkbox's answer: absent when the form did not ask, otherwise on or off. */
const setting = (v: unknown) => (v === undefined ? undefined : v === 'on');

export const actions: Actions = {
	...commentActions('thread', threadId),
	moderate: formAction('moderate', (event, actor, values) =>
		moderateThread(event.locals.db, actor, threadId(event), {
			locked: setting(values.locked),
			pinned: setting(values.pinned),
			slowMode: setting(values.slowMode)
		})
	)
};
