/**
 * Who may do what with decisions: one pure function, `can(actor, action, subject)`. The actor is
 * the one the server hook loaded (its rights are asked through `may`, so a lapsed member has
 * none); the subject is what `loadDecision` found out about the actor and the decision. Commands
 * ask it inside their transaction, queries ask it for what a page offers, so a button is shown
 * exactly when the command behind it would accept. Tested as a table in policy.test.ts.
 */
import { may, type Actor, type ScopeRef } from '$lib/domain/members/actor';
import { onLosingSide, type StoredChoice } from '$lib/domain/decisions/ballot-choice';
import { acceptsAmendments } from '$lib/domain/decisions/lifecycle';
import type { Phase } from '$lib/domain/decisions/types';

export type DecisionActor = Actor | null;

/** After the close: the actor's counted ballot and what was decided, for the losing-side rule. */
export type Dissent = {
	choice: StoredChoice | null;
	outcome: string;
	winner: string | null;
	/** The end of the window for minority reports. */
	until: Date | null;
};

export type DecisionSubject = {
	phase: Phase;
	/** The decision's scope: a mandate's rights count only inside it. */
	scope: ScopeRef;
	/** The actor is an author or a co-author who accepted. */
	isAuthor: boolean;
	/** The actor has been invited to co-author the draft and has not answered yet. */
	isInvited?: boolean;
	/** The actor is an active member of the scope with the right to vote. */
	isEligible: boolean;
	/** Amendments are still welcome (the authors have not closed the window). */
	amendmentsOpen: boolean;
	/** Set once the decision is closed. */
	dissent: Dissent | null;
	/** The amendment acted on, when the action is about one. */
	amendment?: { authorId: number };
	/** The time the rules are judged at (the minority report window); now when left out. */
	now?: Date;
};

export type DecisionAction =
	| 'propose'
	| 'view'
	| 'edit'
	| 'submit'
	| 'invite-coauthor'
	| 'accept-coauthorship'
	| 'decline-coauthorship'
	| 'amend'
	| 'withdraw-amendment'
	| 'resolve-amendment'
	| 'vote-amendment'
	| 'close-amendments'
	| 'declare-stake'
	| 'vote'
	| 'see-turnout-list'
	| 'record-outcome'
	| 'file-minority-report'
	| 'sign-minority-report'
	| 'petition';

/**
 * Does the actor belong to the decision's scope? Everyone belongs to the organisation; a chapter,
 * project or committee takes its active members with the right to vote (`isEligible`), the same
 * rule that lets them propose there. Authors act only inside a scope they belong to.
 */
export function inScope(subject: DecisionSubject): boolean {
	return subject.scope.kind === 'organisation' || subject.isEligible;
}

/** Minority reports are taken once the decision is closed, until the window ends. */
export function reportWindowOpen(subject: DecisionSubject): boolean {
	const until = subject.dissent?.until;
	return (
		subject.phase === 'closed' &&
		!!until &&
		until.getTime() >= (subject.now ?? new Date()).getTime()
	);
}

/**
 * The losing side, worked out in this one place: within the window, the actor's counted ballot
 * went against the outcome (ballot-choice.ts says what that means for each ballot type).
 */
export function onTheLosingSide(subject: DecisionSubject): boolean {
	const d = subject.dissent;
	return reportWindowOpen(subject) && !!d?.choice && onLosingSide(d.choice, d.outcome, d.winner);
}

export function can(
	actor: DecisionActor,
	action: DecisionAction,
	subject: DecisionSubject | null
): boolean {
	if (action === 'view')
		return (
			!!subject &&
			(subject.phase !== 'draft' || (!!actor && (subject.isAuthor || !!subject.isInvited)))
		);
	if (!actor) return false;
	if (action === 'propose') return may(actor, 'propose', subject?.scope);
	if (!subject) return false;
	const { phase, scope, isAuthor, isEligible } = subject;
	const open = phase === 'discussion' || phase === 'amendments';
	// Authors act on their proposal as authors, not through a right; a lapsed author waits too,
	// and so does one who has left its scope (a draft may still be moved to a scope they are in:
	// updateDraft checks the new scope).
	const author = isAuthor && !actor.lapsed;
	const authorHere = author && inScope(subject);
	const voter = isEligible && may(actor, 'vote', scope);
	switch (action) {
		case 'edit':
			return phase === 'draft' ? author : authorHere && open;
		case 'submit':
		case 'invite-coauthor':
			return authorHere && phase === 'draft';
		case 'accept-coauthorship':
			// Only the invitee answers, and only while they could author the draft themselves.
			return (
				!!subject.isInvited && may(actor, 'propose', scope) && inScope(subject) && phase === 'draft'
			);
		case 'decline-coauthorship':
			return !!subject.isInvited;
		case 'amend':
			return (
				isEligible &&
				may(actor, 'propose', scope) &&
				acceptsAmendments(phase, subject.amendmentsOpen)
			);
		case 'withdraw-amendment':
			return !actor.lapsed && subject.amendment?.authorId === actor.id && open;
		case 'resolve-amendment':
		case 'close-amendments':
			return authorHere && open;
		case 'vote-amendment':
			return voter && open;
		case 'declare-stake':
			return voter && phase !== 'draft' && phase !== 'closed';
		case 'vote':
			return voter && phase === 'voting';
		case 'see-turnout-list':
			return isEligible || isAuthor;
		case 'record-outcome':
			return author && phase === 'closed';
		case 'file-minority-report':
			return may(actor, 'vote', scope) && onTheLosingSide(subject);
		case 'sign-minority-report':
			// Not the ballot: a signature must say nothing about how a secret ballot was cast.
			return voter && reportWindowOpen(subject);
		case 'petition':
			return voter && phase === 'closed';
		default:
			return false;
	}
}
