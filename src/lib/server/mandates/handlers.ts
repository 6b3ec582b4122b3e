/**
 * A mandate ends when its holder leaves its scope: leaving the chapter (or moving the home chapter
 * away from it) ends its chapter mandates, deleting the account ends them all, with reason `left`.
 * Idempotent: only mandates still current are ended, and one whose holder has joined the chapter
 * again before this ran is kept.
 */
import type { StoredEvent } from '$lib/server/events/catalogue';
import type { EventHandler } from '$lib/server/events/dispatcher';
import { endMandatesOfLeaver } from './commands';

export const leaverHandler: EventHandler = {
	name: 'mandates-of-leavers',
	types: ['chapter.left', 'chapter.moved-to', 'member.deleted'],
	handle: async (tx, event) => {
		if (event.type === 'member.deleted') {
			await endMandatesOfLeaver(tx, event.subjectId, 'all');
			return;
		}
		if (event.actorId === null) return;
		const chapterId =
			event.type === 'chapter.left'
				? event.subjectId
				: (event as StoredEvent<'chapter.moved-to'>).data.from;
		if (chapterId != null)
			await endMandatesOfLeaver(tx, event.actorId, { scopeKind: 'chapter', scopeId: chapterId });
	}
};
