import { json } from '@sveltejs/kit';
import {
	CHALLENGE_COOKIE,
	registerPasskey,
	relyingParty
} from '$lib/server/accounts/two-factor/passkeys';
import { requireActor, runQuery } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** Keep the passkey the browser made, answering the challenge it was given. */
export const POST: RequestHandler = async (event) => {
	const actor = requireActor(event);
	const response = await event.request.json().catch(() => null);
	await runQuery(() =>
		registerPasskey(
			event.locals.db,
			actor,
			event.cookies.get(CHALLENGE_COOKIE),
			response,
			relyingParty(event.url, '')
		)
	);
	event.cookies.delete(CHALLENGE_COOKIE, { path: '/' });
	return json({ ok: true });
};
