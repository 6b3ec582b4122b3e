import { error } from '@sveltejs/kit';
import { latestMail } from '$lib/server/mail/outbox';
import { translate } from '$lib/server/i18n';
import { isLoopbackAddress, isLoopbackHost } from '$lib/server/loopback';
import type { PageServerLoad } from './$types';

// Development only: mail that had nowhere to go. Absent whenever SMTP is set or in production, and
// to anyone not browsing from this machine by a loopback name (the mail holds sign-in links).
export const load: PageServerLoad = async (event) => {
	const { locals, url } = event;
	const local = isLoopbackHost(url.hostname) && isLoopbackAddress(event.getClientAddress());
	if (!locals.app.config.devMailbox || !local) error(404, translate('error_page_not_found'));
	return { mail: await latestMail(locals.db) };
};
