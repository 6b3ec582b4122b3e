// @ts-nocheck
import { redirect } from '@sveltejs/kit';
import {
	changePassword,
	deleteAccount,
	logOutEverywhere,
	requestEmailChange
} from '$lib/server/accounts/commands';
import { clearSessionCookie } from '$lib/server/accounts/sessions';
import { hashToken } from '$lib/server/accounts/tokens';
import { ownSessions, ownSettings } from '$lib/server/members/queries';
import { formValues, requestContext, requireActor, attempt, runQuery } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load = async (event: Parameters<PageServerLoad>[0]) => {
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

export const actions = {
	email: async (event: import('./$types').RequestEvent) => {
		const actor = requireActor(event);
		const values = formValues(await event.request.formData());
		const result = await attempt(
			values,
			() => requestEmailChange(event.locals.db, actor, values, requestContext(event)),
			'email'
		);
		if (!result.ok) return result.failure;
		return { done: 'email' };
	},
	password: async (event: import('./$types').RequestEvent) => {
		const actor = requireActor(event);
		const values = formValues(await event.request.formData());
		const result = await attempt(
			values,
			() => changePassword(event.locals.db, actor, values, event.locals.sessionToken ?? ''),
			'password'
		);
		if (!result.ok) return result.failure;
		return { done: 'password' };
	},
	logoutEverywhere: async (event: import('./$types').RequestEvent) => {
		const actor = requireActor(event);
		await logOutEverywhere(event.locals.db, actor);
		clearSessionCookie(event.cookies, event.url);
		redirect(303, '/login');
	},
	delete: async (event: import('./$types').RequestEvent) => {
		const actor = requireActor(event);
		const values = formValues(await event.request.formData());
		const result = await attempt(
			values,
			() => deleteAccount(event.locals.db, actor, values),
			'delete'
		);
		if (!result.ok) return result.failure;
		clearSessionCookie(event.cookies, event.url);
		redirect(303, '/?deleted=1');
	}
};
;null as any as Actions;