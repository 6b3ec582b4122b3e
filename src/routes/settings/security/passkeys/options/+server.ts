import { json } from '@sveltejs/kit';
import {
	passkeyRegistrationOptions,
	relyingParty,
	setChallengeCookie
} from '$lib/server/accounts/two-factor/passkeys';
import { organisationName } from '$lib/server/instance/cached';
import { requireActor, runQuery } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** The challenge for making a passkey (fetched by the security page's script). */
export const POST: RequestHandler = async (event) => {
	const actor = requireActor(event);
	const name = await organisationName(event.locals.db, event.locals.locale);
	const { options, cookie } = await runQuery(() =>
		passkeyRegistrationOptions(event.locals.db, actor, relyingParty(event.url, name))
	);
	setChallengeCookie(event.cookies, event.url, cookie);
	return json(options);
};
