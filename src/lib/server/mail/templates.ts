import * as m from '$lib/paraglide/messages.js';
import type { Locale } from '$lib/paraglide/runtime.js';
import type { Mail } from './outbox';

// Mail goes out in the recipient's language, whatever the language of the request that caused it.

export function verificationMail(to: string, locale: Locale, name: string, link: string): Mail {
	return {
		to,
		subject: m.mail_verify_subject({}, { locale }),
		text: m.mail_verify_body({ name, link }, { locale })
	};
}

export function passwordResetMail(to: string, locale: Locale, name: string, link: string): Mail {
	return {
		to,
		subject: m.mail_reset_subject({}, { locale }),
		text: m.mail_reset_body({ name, link }, { locale })
	};
}

export function emailChangeMail(to: string, locale: Locale, name: string, link: string): Mail {
	return {
		to,
		subject: m.mail_email_change_subject({}, { locale }),
		text: m.mail_email_change_body({ name, link }, { locale })
	};
}
