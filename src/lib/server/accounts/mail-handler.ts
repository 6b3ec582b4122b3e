/**
 * The mailer's part of the event dispatcher: when a member joins or asks for a link (verification,
 * password reset, e-mail change), it issues the single-use link that the command requested and
 * queues the mail, in the member's language, in the dispatcher's transaction.
 *
 * Idempotent: a link is issued once (email-links.ts turns the pending row into the issued one), so
 * a second run for the same event finds nothing pending and queues nothing.
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { members } from '$lib/server/db/schema';
import type { EventHandler } from '$lib/server/events/dispatcher';
import type { StoredEvent } from '$lib/server/events/catalogue';
import { isLocale } from '$lib/server/i18n';
import { enqueueMail, type Mail } from '$lib/server/mail/outbox';
import { emailChangeMail, passwordResetMail, verificationMail } from '$lib/server/mail/templates';
import type { Locale } from '$lib/paraglide/runtime.js';
import { issueRequestedLink, type LinkPurpose } from './email-links';

type LinkMail = {
	purpose: LinkPurpose;
	path: (token: string) => string;
	mail: (to: string, locale: Locale, name: string, link: string) => Mail;
};

const verify: LinkMail = {
	purpose: 'verify-email',
	path: (t) => `/verify?token=${encodeURIComponent(t)}`,
	mail: verificationMail
};

const LINK_MAILS = {
	'member.joined': verify,
	'verification.requested': verify,
	'password-reset.requested': {
		purpose: 'reset-password',
		path: (t) => `/reset/${encodeURIComponent(t)}`,
		mail: passwordResetMail
	},
	'email-change.requested': {
		purpose: 'change-email',
		path: (t) => `/settings/account/email?token=${encodeURIComponent(t)}`,
		mail: emailChangeMail
	}
} satisfies Record<string, LinkMail>;

type LinkEvent = StoredEvent<keyof typeof LINK_MAILS>;

async function mailLink(tx: Queryable, event: LinkEvent) {
	const how = LINK_MAILS[event.type];
	const [member] = await tx
		.select({ name: members.displayName, locale: members.locale })
		.from(members)
		.where(and(eq(members.id, event.subjectId), isNull(members.deletedAt)));
	if (!member) return;
	const issued = await issueRequestedLink(tx, event.subjectId, how.purpose);
	if (!issued) return;
	const locale: Locale = isLocale(member.locale) ? member.locale : 'en';
	const link = `${event.data.origin}${how.path(issued.token)}`;
	await enqueueMail(tx, how.mail(issued.email, locale, member.name, link));
}

export const mailHandler: EventHandler = {
	name: 'mail',
	types: Object.keys(LINK_MAILS) as (keyof typeof LINK_MAILS)[],
	handle: (tx, event) => mailLink(tx, event as LinkEvent)
};
