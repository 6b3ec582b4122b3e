import {
	changePassword,
	deleteAccount,
	requestEmailChange
} from '$lib/server/accounts/credentials';
import { clearSessionCookie } from '$lib/server/accounts/sessions';
import { mediaStore } from '$lib/server/writing/media-store';
import { ownSettings } from '$lib/server/members/queries';
import { formAction, requestContext, requireActor, runQuery } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	const settings = await runQuery(() => ownSettings(event.locals.db, actor));
	return { email: settings.email, handle: settings.handle };
};

export const actions: Actions = {
	email: formAction('email', (event, actor, values) =>
		requestEmailChange(event.locals.db, actor, values, requestContext(event))
	),
	password: formAction('password', (event, actor, values) =>
		changePassword(event.locals.db, actor, values, event.locals.sessionToken ?? '')
	),
	delete: formAction(
		'delete',
		async (event, actor, values) => {
			await deleteAccount(event.locals.db, actor, values, mediaStore(event.locals.app.config));
			clearSessionCookie(event.cookies, event.url);
			return { url: '/?deleted=1' };
		},
		{ follow: true }
	)
};
