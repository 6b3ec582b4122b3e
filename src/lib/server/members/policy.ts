/**
 * Who may do what with members' accounts and profiles. Pure: the commands and queries call it,
 * the pages never decide on their own. Tested as a table in policy.test.ts.
 */
import type { Actor } from '$lib/domain/members/actor';

/** The one actor lives in the domain; this re-export keeps older imports working. */
export type { Actor } from '$lib/domain/members/actor';

export type MemberSubject = { id: number; deletedAt?: Date | null };

export type MemberAction =
	'view-profile' | 'edit-profile' | 'view-private-details' | 'delete-account';

/**
 * No tier right is needed to look after one's own account: a lapsed member keeps it (they confirm
 * they are back from their own settings), so nothing here asks `may()`.
 */
export function can(actor: Actor | null, action: MemberAction, subject: MemberSubject): boolean {
	const deleted = !!subject.deletedAt;
	switch (action) {
		case 'view-profile':
			// Public profiles are public; an erased account has nothing left to show.
			return !deleted;
		case 'edit-profile':
		case 'view-private-details':
		case 'delete-account':
			return !!actor && actor.id === subject.id && !deleted;
	}
}
