/**
 * Who may do what with chapters. Pure: commands and queries call it with what they loaded.
 * Everyone belongs to the organisation itself, so it cannot be joined, left or moved into.
 */
import { may, type Actor } from '$lib/domain/members/actor';

/** A chapter and the actor's standing in it, as read in the command's transaction. */
export type ChapterSubject = { kind: string; isMember?: boolean; isHome?: boolean };
export type ChapterAction = 'join' | 'leave' | 'move-to' | 'view';

const JOINABLE = new Set(['local', 'country', 'region']);

export function can(actor: Actor | null, action: ChapterAction, chapter: ChapterSubject): boolean {
	switch (action) {
		case 'view':
			return true;
		case 'join':
			return JOINABLE.has(chapter.kind) && !chapter.isMember && may(actor, 'join-chapter');
		case 'move-to':
			return JOINABLE.has(chapter.kind) && !chapter.isHome && may(actor, 'join-chapter');
		case 'leave':
			// The home chapter is left by moving to another one, never to none.
			return !!actor && !!chapter.isMember && !chapter.isHome;
	}
}
