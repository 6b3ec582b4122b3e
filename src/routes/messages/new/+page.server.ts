import { formAction, memberOrLogIn } from '$lib/server/http';
import { startConversation } from '$lib/server/messages/commands';
import type { Actions, PageServerLoad } from './$types';

/**
 * A new conversation, prefilled from `?to=<handle>&to=<handle>&subject=<text>` (the aid board
 * links here with its author and its title); the sender may change all of it.
 */
export const load: PageServerLoad = async (event) => {
	const { url } = event;
	memberOrLogIn(event);
	return {
		to: url.searchParams
			.getAll('to')
			.map((h) => h.trim().replace(/^@/, ''))
			.filter(Boolean)
			.slice(0, 20)
			.join(', ')
			.slice(0, 500),
		subject: (url.searchParams.get('subject') ?? '').trim().slice(0, 200)
	};
};

export const actions: Actions = {
	default: formAction(
		'started',
		(event, actor, values) => startConversation(event.locals.db, actor, values),
		{ follow: true }
	)
};
