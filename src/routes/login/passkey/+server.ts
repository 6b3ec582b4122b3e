import { json } from '@sveltejs/kit';
import {
	CHALLENGE_COOKIE,
	logInWithPasskey,
	relyingParty
} from '$lib/server/accounts/two-factor/passkeys';
import { clearPendingCookie } from '$lib/server/accounts/two-factor/pending-login';
import { setSessionCookie } from '$lib/server/accounts/sessions';
import { runQuery } from '$lib/server/http';
import { safeRedirectTarget } from '$lib/server/redirects';
import type { RequestHandler } from './$types';

/** Log in with the passkey the browser signed with; answers where to go next. */
export const POST: RequestHandler = async (event) => {
	const response = await event.request.json().catch(() => null);
	const session = await runQuery(() =>
		logInWithPasskey(
			event.locals.db,
			event.cookies.get(CHALLENGE_COOKIE),
			response,
			relyingParty(event.url, ''),
			event.request.headers.get('user-agent') ?? ''
		)
	);
	event.cookies.delete(CHALLENGE_COOKIE, { path: '/' });
	clearPendingCookie(event.cookies, event.url);
	setSessionCookie(event.cookies, event.url, session.token, session.expiresAt);
	return json({ url: safeRedirectTarget(event.url.searchParams.get('next')) });
};
