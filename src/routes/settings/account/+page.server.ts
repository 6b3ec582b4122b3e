import { redirect } from '@sveltejs/kit';
import { logOutEverywhere } from '$lib/server/accounts/commands';
import {
	changePassword,
	deleteAccount,
	requestEmailChange
} from '$lib/server/accounts/credentials';
import { clearSessionCookie } from '$lib/server/accounts/sessions';
import { mediaStore } from '$lib/server/writing/media-store';
import { hashToken } from '$lib/server/accounts/tokens';
import { ownSessions, ownSettings } from '$lib/server/members/queries';
import { formAction, requestContext, requireActor, runQuery } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	const [settings, sessions] = await Promise.all([
		runQuery(() => ownSettings(event.locals.db, actor)),
		ownSessions(event.locals.db, actor)
	]);
	const current = event.locals.sessionToken ? hashToken(event.locals.sessionToken) : '';
	return {
		email: settings.email,
		handle: settings.handle,
		sessions: sessions.map((s) => ({
			createdAt: s.createdAt,
			userAgent: s.userAgent,
			current: s.id === current
		}))
	};
};

export const actions: Actions = {
	email: formAction('email', (event, actor, values) =>
		requestEmailChange(event.locals.db, actor, values, requestContext(event))
	),
	password: formAction('password', (event, actor, values) =>
		changePassword(event.locals.db, actor, values, event.locals.sessionToken ?? '')
	),
	logoutEverywhere: async (event) => {
		const actor = requireActor(event);
		await logOutEverywhere(event.locals.db, actor);
		clearSessionCookie(event.cookies, event.url);
		redirect(303, '/login');
	},
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
