import { json } from '@sveltejs/kit';
import {
	passkeyLoginOptions,
	relyingParty,
	setChallengeCookie
} from '$lib/server/accounts/two-factor/passkeys';
import { PENDING_COOKIE, pendingMember } from '$lib/server/accounts/two-factor/pending-login';
import { runQuery } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** The challenge for logging in with a passkey: the pending log-in's member's, or anyone's. */
export const POST: RequestHandler = async (event) => {
	const db = event.locals.db;
	const memberId = await pendingMember(db, event.cookies.get(PENDING_COOKIE));
	const { options, cookie } = await runQuery(() =>
		passkeyLoginOptions(db, memberId, relyingParty(event.url, ''))
	);
	setChallengeCookie(event.cookies, event.url, cookie);
	return json(options);
};
