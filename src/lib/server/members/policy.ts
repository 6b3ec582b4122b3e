/**
 * Who may do what with members' accounts and profiles. Pure: the commands and queries call it,
 * the pages never decide on their own. Tested as a table in policy.test.ts.
 */
export type Actor = { id: number; tier: string };
export type MemberSubject = { id: number; deletedAt?: Date | null };

export type MemberAction =
	'view-profile' | 'edit-profile' | 'view-private-details' | 'delete-account';

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
