/**
 * Who may do what with decisions. Pure: commands and queries pass in what they loaded (the
 * actor's rights, whether they are eligible in the decision's scope, whether they author it).
 * Tested as a table in policy.test.ts.
 */
import { tierMay, type TierRights } from '$lib/domain/members/tiers';
import type { Phase } from '$lib/domain/decisions/types';

export type DecisionActor = { id: number; tier: string; lapsed?: boolean } | null;

export type DecisionSubject = {
	phase: Phase;
	/** The actor is an author or co-author. */
	isAuthor: boolean;
	/** The actor is an active member of the scope with the right to vote. */
	isEligible: boolean;
	/** Amendments are still welcome (the window is open). */
	amendmentsOpen?: boolean;
};

export type DecisionAction =
	| 'propose'
	| 'view'
	| 'edit'
	| 'submit'
	| 'add-coauthor'
	| 'amend'
	| 'resolve-amendment'
	| 'vote-amendment'
	| 'close-amendments'
	| 'declare-stake'
	| 'vote'
	| 'see-turnout-list'
	| 'record-outcome'
	| 'petition';

export function can(
	actor: DecisionActor,
	action: DecisionAction,
	subject: DecisionSubject | null,
	rights: TierRights
): boolean {
	if (action === 'view')
		return !!subject && (subject.phase !== 'draft' || (!!actor && subject.isAuthor));
	if (!actor) return false;
	if (action === 'propose') return tierMay(actor, 'propose', rights);
	if (!subject) return false;
	const open = subject.phase === 'discussion' || subject.phase === 'amendments';
	switch (action) {
		case 'edit':
			return subject.isAuthor && (subject.phase === 'draft' || open);
		case 'submit':
		case 'add-coauthor':
			return subject.isAuthor && subject.phase === 'draft';
		case 'amend':
			return subject.isEligible && open && (subject.amendmentsOpen ?? true);
		case 'resolve-amendment':
		case 'close-amendments':
			return subject.isAuthor && open;
		case 'vote-amendment':
			return subject.isEligible && open;
		case 'declare-stake':
			return subject.isEligible && subject.phase !== 'draft' && subject.phase !== 'closed';
		case 'vote':
			return subject.isEligible && subject.phase === 'voting' && tierMay(actor, 'vote', rights);
		case 'see-turnout-list':
			return subject.isEligible || subject.isAuthor;
		case 'record-outcome':
			return subject.isAuthor && subject.phase === 'closed';
		case 'petition':
			return subject.isEligible && subject.phase === 'closed';
		default:
			return false;
	}
}
