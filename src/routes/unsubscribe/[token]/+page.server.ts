import { error } from '@sveltejs/kit';
import { runQuery } from '$lib/server/http';
import { translate } from '$lib/server/i18n';
import { unsubscribe } from '$lib/server/notifications/commands';
import { readUnsubscribeToken } from '$lib/server/notifications/unsubscribe';
import type { Actions, PageServerLoad } from './$types';

/**
 * A mailed unsubscribe link. Opening it only shows a button (mail scanners fetch links); the
 * button, or the mail client's one-click POST (RFC 8058), turns the mail off. No log-in: the
 * link is signed for its member. A forged link is a 400 that says nothing about anyone.
 */
export const load: PageServerLoad = async ({ params, locals }) => {
	const found = await readUnsubscribeToken(locals.db, params.token);
	if (!found) error(400, translate('notify_error_bad_link'));
	return { what: found.what };
};

export const actions: Actions = {
	// A refusal is thrown, not returned: a mail client's one-click POST asks for any type and would
	// otherwise get a 200 with the failure inside; a forged link must answer 4xx.
	default: async ({ params, locals }) => {
		await runQuery(() => unsubscribe(locals.db, params.token));
		return { unsubscribed: true };
	}
};
