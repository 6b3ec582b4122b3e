/**
 * Notification mail: in the member's language, with a link to the thing, to the preferences, and
 * RFC 8058 one-click unsubscribe headers (List-Unsubscribe with an https link, and
 * List-Unsubscribe-Post), signed per member (unsubscribe.ts).
 */
import type { Locale } from '$lib/paraglide/runtime.js';
import { isLocale, translate } from '$lib/server/i18n';
import type { Mail } from '$lib/server/mail/outbox';
import { KIND_MESSAGES, type NotificationKind } from './kinds';
import { unsubscribeToken, type UnsubscribeWhat } from './unsubscribe';

export type Recipient = { id: number; email: string; locale: string; key: string };
export type MailItem = { kind: NotificationKind; title: string; url: string };

export function siteOrigin(): string {
	return process.env.ORIGIN ?? `http://localhost:${process.env.PORT ?? 3000}`;
}

function footer(
	to: Recipient,
	locale: Locale,
	what: UnsubscribeWhat,
	origin: string
): { text: string; headers: Record<string, string> } {
	const link = `${origin}/unsubscribe/${unsubscribeToken(to.key, to.id, what)}`;
	return {
		text: translate(FOOTERS[what], { link, settings: `${origin}/settings/notifications` }, locale),
		headers: {
			'List-Unsubscribe': `<${link}>`,
			'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click'
		}
	};
}

const FOOTERS: Record<UnsubscribeWhat, string> = {
	now: 'notify_mail_footer_now',
	digest: 'notify_mail_footer_digest',
	all: 'notify_mail_footer_all'
};

const localeOf = (to: Recipient): Locale => (isLocale(to.locale) ? to.locale : 'en');

export function line(item: MailItem, locale: Locale): string {
	return translate(KIND_MESSAGES[item.kind], { title: item.title }, locale);
}

/** A mail at once, for one thing that needs the member. */
export function immediateMail(to: Recipient, item: MailItem, origin = siteOrigin()): Mail {
	const locale = localeOf(to);
	const f = footer(to, locale, 'now', origin);
	return {
		to: to.email,
		subject: line(item, locale),
		text: `${line(item, locale)}\n\n${origin}${item.url}\n\n-- \n${f.text}`,
		headers: f.headers
	};
}

/** The digest: everything since the last one, newest first, and activity where they belong. */
export function digestMail(
	to: Recipient,
	items: MailItem[],
	activity: { title: string; url: string }[],
	weekly: boolean,
	origin = siteOrigin()
): Mail {
	const locale = localeOf(to);
	const f = footer(to, locale, 'digest', origin);
	const parts = [
		translate(weekly ? 'notify_digest_intro_weekly' : 'notify_digest_intro_daily', {}, locale)
	];
	if (items.length)
		parts.push(items.map((i) => `- ${line(i, locale)}\n  ${origin}${i.url}`).join('\n'));
	if (activity.length)
		parts.push(
			translate('notify_digest_activity', {}, locale) +
				'\n' +
				activity.map((a) => `- ${a.title}\n  ${origin}${a.url}`).join('\n')
		);
	return {
		to: to.email,
		subject: translate(
			weekly ? 'notify_digest_subject_weekly' : 'notify_digest_subject_daily',
			{ count: items.length + activity.length },
			locale
		),
		text: `${parts.join('\n\n')}\n\n-- \n${f.text}`,
		headers: f.headers
	};
}
