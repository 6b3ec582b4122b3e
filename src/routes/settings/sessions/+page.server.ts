import { logOutElsewhere, revokeSession } from '$lib/server/accounts/commands';
import { clearSessionCookie, sessionList } from '$lib/server/accounts/sessions';
import { hashToken } from '$lib/server/accounts/tokens';
import { describeUserAgent } from '$lib/server/accounts/user-agent';
import { formAction, requireActor } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	const sessions = await sessionList(event.locals.db, actor.id, event.locals.sessionToken ?? null);
	return {
		sessions: sessions.map((s) => ({
			id: s.id,
			device: describeUserAgent(s.userAgent),
			createdAt: s.createdAt,
			lastSeenAt: s.lastSeenAt,
			current: s.current
		}))
	};
};

export const actions: Actions = {
	revoke: formAction(
		'revoke',
		async (event, actor, values) => {
			const id = String(values.session ?? '');
			await revokeSession(event.locals.db, actor, id);
			const token = event.locals.sessionToken;
			// Signing out of the session in use is logging out here.
			if (token && hashToken(token) === id) {
				clearSessionCookie(event.cookies, event.url);
				return { url: '/login' };
			}
		},
		{ follow: true }
	),
	others: formAction('others', (event, actor) =>
		logOutElsewhere(event.locals.db, actor, event.locals.sessionToken ?? '')
	)
};
