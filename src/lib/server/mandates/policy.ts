/**
 * Who may do what with mandates and recall petitions. Pure, like every area's policy: the commands
 * load the facts (is the actor a member of the mandate's scope?) and ask here; every right goes
 * through `may()`, so a lapsed member's rights wait and a mandate's apply only in its scope.
 */
import { may, type Actor, type ScopeRef } from '$lib/domain/members/actor';

/** A mandate as the policy sees it: whose it is and where it applies. */
export type MandateSubject = { memberId: number; scope: ScopeRef };
/** A recall petition's mandate, and whether the actor belongs to its scope (eligibility.ts). */
export type RecallSubject = { scope: ScopeRef; inScope: boolean };

export type MandateSubjects = {
	/** Giving a mandate up needs no right: even a lapsed member may step down. */
	resign: MandateSubject;
	'start-recall': RecallSubject;
	'sign-recall': RecallSubject;
};
export type MandateAction = keyof MandateSubjects;

export function can<A extends MandateAction>(
	actor: Actor | null,
	action: A,
	subject: MandateSubjects[A]
): boolean {
	if (!actor) return false;
	switch (action) {
		case 'resign':
			return (subject as MandateSubject).memberId === actor.id;
		case 'start-recall':
		case 'sign-recall': {
			// Any member of the scope with the right to vote there: the electorate recalls.
			const s = subject as RecallSubject;
			return s.inScope && may(actor, 'vote', s.scope);
		}
	}
	return false;
}

export function scopeRef(kind: string, id: number | null): ScopeRef {
	if (kind === 'chapter' || kind === 'committee' || kind === 'project')
		return { kind, id: Number(id) };
	return { kind: 'organisation' };
}
