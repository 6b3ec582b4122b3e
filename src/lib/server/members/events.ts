import { z } from 'zod';
import { THEMES } from '$lib/domain/members/themes';
import { defineEvents, id, none, obj } from '$lib/server/events/define';

export const memberEvents = defineEvents({
	// The site's origin is carried for the link the mail handler mails; the link itself never is.
	'member.joined': { subject: 'member', data: obj({ country: z.string(), origin: z.string() }) },
	'member.verified': { subject: 'member', data: none },
	'member.profile-updated': { subject: 'member', data: none },
	'member.preferences-updated': { subject: 'member', data: obj({ locale: z.string() }) },
	'member.theme-chosen': { subject: 'member', data: obj({ theme: z.enum(THEMES) }) },
	'member.privacy-updated': {
		subject: 'member',
		data: obj({ inDirectory: z.boolean(), onMap: z.boolean(), showFullName: z.boolean() })
	},
	'member.reactivated': { subject: 'member', data: none },
	'member.lapse-warned': { subject: 'member', data: none },
	'member.lapsed': { subject: 'member', data: none },
	'member.password-reset': { subject: 'member', data: none },
	'member.password-changed': { subject: 'member', data: none },
	'member.email-changed': { subject: 'member', data: none },
	'member.deleted': { subject: 'member', data: none },
	'member.photo-changed': { subject: 'image', data: none },
	'member.mentioned': { subject: 'comment', data: obj({ memberId: id }) },
	'member.placed': { subject: 'chapter', data: obj({ memberId: id, created: z.boolean() }) },
	'session.started': { subject: 'member', data: none },
	'session.ended': { subject: 'member', data: none },
	'session.revoked': { subject: 'member', data: obj({ all: z.boolean() }) },
	'two-factor.enabled': { subject: 'member', data: none },
	'two-factor.disabled': { subject: 'member', data: none },
	'recovery-codes.regenerated': { subject: 'member', data: none },
	'passkey.added': { subject: 'member', data: none },
	'passkey.removed': { subject: 'member', data: none },
	'password-reset.requested': { subject: 'member', data: obj({ origin: z.string() }) },
	'verification.requested': { subject: 'member', data: obj({ origin: z.string() }) },
	// The new address waits on the requested link's row, not in the log.
	'email-change.requested': { subject: 'member', data: obj({ origin: z.string() }) }
});
