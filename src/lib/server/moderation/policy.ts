/**
 * Who may do what with jury cases. Pure: the commands and queries call it with what they loaded.
 * Tested as a table in policy.test.ts.
 */
import { may, type Actor } from '$lib/domain/members/actor';

/**
 * A case as the policy needs it: its author (null for a reply from another server, which no
 * member may appeal), and whether the actor sits on its current jury.
 */
export type CaseSubject = { authorId: number | null; seated: boolean };

export type ModerationSubjects = {
	/** Vote on the current jury of a case. */
	vote: CaseSubject;
	/** Read the flagged item itself on the case page. */
	'read-item': CaseSubject;
	/** Appeal a verdict on what one wrote. */
	appeal: CaseSubject;
	/** Serve on juries or opt out of them. */
	'set-duty': null;
};
export type ModerationAction = keyof ModerationSubjects;

export function can<A extends ModerationAction>(
	actor: Actor | null,
	action: A,
	subject: ModerationSubjects[A]
): boolean {
	if (!actor) return false;
	const s = subject as CaseSubject;
	switch (action) {
		case 'vote':
			// A juror who has lapsed since the draw waits like every lapsed member.
			return s.seated && !actor.lapsed;
		case 'read-item':
			// The jurors read the flagged text; its author knows it.
			return s.seated || s.authorId === actor.id;
		case 'appeal':
			return s.authorId === actor.id;
		case 'set-duty':
			return may(actor, 'vote');
	}
	return false;
}
