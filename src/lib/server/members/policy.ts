/**
 * Who may do what with members' accounts and profiles. Pure: the commands and queries call it,
 * the pages never decide on their own. Tested as a table in policy.test.ts.
 */
import type { Actor } from '$lib/domain/members/actor';
import { seesFullNames } from './privacy';

/** The one actor lives in the domain; this re-export keeps older imports working. */
export type { Actor } from '$lib/domain/members/actor';

/**
 * `inDirectory` and `confirmed` matter only for viewing a profile; a subject without them is
 * treated as unlisted and unconfirmed (the private answer).
 */
export type MemberSubject = {
	id: number;
	deletedAt?: Date | null;
	inDirectory?: boolean;
	confirmed?: boolean;
};

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
			// An erased account has nothing left to show, and one nobody confirmed is nobody yet.
			// A member who chose not to be listed has no public page (as Discourse and Loomio
			// hide such a profile): members see it, visitors do not.
			if (deleted) return false;
			if (actor?.id === subject.id) return true;
			return !!subject.confirmed && (!!subject.inDirectory || seesFullNames(actor));
		case 'edit-profile':
		case 'view-private-details':
		case 'delete-account':
			return !!actor && actor.id === subject.id && !deleted;
	}
}
