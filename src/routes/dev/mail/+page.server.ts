import { error } from '@sveltejs/kit';
import { latestMail } from '$lib/server/mail/outbox';
import { translate } from '$lib/server/i18n';
import { fromThisMachine } from '$lib/server/loopback';
import type { PageServerLoad } from './$types';

// Development only: mail that had nowhere to go. Absent whenever SMTP is set or in production, and
// to anyone not browsing from this machine by a loopback name (the mail holds sign-in links).
export const load: PageServerLoad = async (event) => {
	if (!event.locals.app.config.devMailbox || !fromThisMachine(event))
		error(404, translate('error_page_not_found'));
	return { mail: await latestMail(event.locals.db) };
};
