// @ts-nocheck
import { error } from '@sveltejs/kit';
import { latestMail } from '$lib/server/mail/outbox';
import { translate } from '$lib/server/i18n';
import type { PageServerLoad } from './$types';

// Development only: mail that had nowhere to go. Absent whenever SMTP is set or in production.
export const load = async ({ locals }: Parameters<PageServerLoad>[0]) => {
	if (!locals.app.config.devMailbox) error(404, translate('error_page_not_found'));
	return { mail: await latestMail(locals.db) };
};
