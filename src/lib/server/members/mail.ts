import * as m from '$lib/paraglide/messages.js';
import type { Locale } from '$lib/paraglide/runtime.js';
import type { Mail } from '$lib/server/mail/outbox';

// Lapsing mail, in the recipient's language.

export function lapseWarningMail(
	to: string,
	locale: Locale,
	name: string,
	months: number,
	days: number,
	link: string
): Mail {
	return {
		to,
		subject: m.tier_lapse_warning_subject({}, { locale }),
		text: m.tier_lapse_warning_body({ name, months, days, link }, { locale })
	};
}

export function lapsedMail(to: string, locale: Locale, name: string, link: string): Mail {
	return {
		to,
		subject: m.tier_lapsed_subject({}, { locale }),
		text: m.tier_lapsed_body({ name, link }, { locale })
	};
}
