import { tierMay, type TierRights } from '$lib/domain/members/tiers';

/**
 * Who may do what with chapters. Pure: commands and queries call it with what they loaded.
 * Everyone belongs to the organisation itself, so it cannot be joined, left or moved into.
 */
export type ChapterActor = { id: number; tier: string; lapsed?: boolean };
export type ChapterSubject = { kind: string; isMember?: boolean; isHome?: boolean };
export type ChapterAction = 'join' | 'leave' | 'move-to' | 'view';

const JOINABLE = new Set(['local', 'country', 'region']);

export function can(
	actor: ChapterActor | null,
	action: ChapterAction,
	chapter: ChapterSubject,
	rights: TierRights
): boolean {
	switch (action) {
		case 'view':
			return true;
		case 'join':
			return (
				!!actor &&
				JOINABLE.has(chapter.kind) &&
				!chapter.isMember &&
				tierMay(actor, 'join-chapter', rights)
			);
		case 'move-to':
			return (
				!!actor &&
				JOINABLE.has(chapter.kind) &&
				!chapter.isHome &&
				tierMay(actor, 'join-chapter', rights)
			);
		case 'leave':
			// The home chapter is left by moving to another one, never to none.
			return !!actor && !!chapter.isMember && !chapter.isHome;
	}
}
