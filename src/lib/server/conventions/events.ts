import { z } from 'zod';
import { defineEvents, id, none, obj } from '$lib/server/events/define';
import type { AppEvent } from '$lib/server/events/catalogue';
import { eventAbout } from '$lib/server/events/about';

const count = z.number().int().nonnegative();

/** Conventions and founding documents. Never how a delegate voted: only that they did. */
export const conventionEvents = defineEvents({
	'founding-document.added': { subject: 'founding-document', data: none },
	'founding-document.amendments-opened': {
		subject: 'founding-document',
		data: obj({ decisionId: id })
	},
	'founding-document.amended': {
		subject: 'founding-document',
		data: obj({ version: count, motionId: id })
	},
	'founding-document.ratified': {
		subject: 'founding-document',
		data: obj({ conventionId: id, promoted: count })
	},
	'convention.called': { subject: 'convention', data: obj({ calledOn: z.string() }) },
	'convention.agenda-changed': { subject: 'convention', data: none },
	'convention.opened': { subject: 'convention', data: obj({ delegates: count }) },
	'convention.item-opened': { subject: 'convention', data: obj({ itemId: id }) },
	'convention.item-closed': { subject: 'convention', data: obj({ itemId: id }) },
	'convention.closed': { subject: 'convention', data: none },
	'convention.minutes-published': { subject: 'convention', data: none },
	'convention.queue-joined': { subject: 'convention', data: obj({ speakerId: id }) },
	'convention.queue-left': { subject: 'convention', data: obj({ speakerId: id }) },
	'convention.floor-given': { subject: 'convention', data: obj({ speakerId: id }) },
	'convention.floor-yielded': { subject: 'convention', data: obj({ speakerId: id }) },
	'convention.motion-moved': { subject: 'convention', data: obj({ motionId: id }) },
	'convention.vote-cast': { subject: 'convention', data: obj({ motionId: id }) },
	'convention.motion-closed': {
		subject: 'convention',
		data: obj({ motionId: id, carried: z.boolean() })
	}
});

export function conventionEvent(
	actorId: number | null,
	conventionId: number,
	body: Parameters<typeof eventAbout<'convention'>>[3]
): AppEvent {
	return eventAbout('convention', conventionId, actorId, body);
}

export function documentEvent(
	actorId: number | null,
	documentId: number,
	body: Parameters<typeof eventAbout<'founding-document'>>[3]
): AppEvent {
	return eventAbout('founding-document', documentId, actorId, body);
}
