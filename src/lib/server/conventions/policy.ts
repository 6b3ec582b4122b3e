/**
 * Who may do what at a convention: one pure function, `can(actor, action, subject)`. The commands
 * load the facts (is the actor a delegate, this item's chair, the caller?) and ask here; rights go
 * through `may()`, so a lapsed member has none. Tested as a table in policy.test.ts.
 */
import { may, type Actor, type ScopeRef } from '$lib/domain/members/actor';
import type { ConventionPhase } from '$lib/domain/conventions/types';

export type ConventionSubject = {
	phase: ConventionPhase;
	scope: ScopeRef;
	/** An active member of the convention's scope (the organisation: everyone). */
	inScope: boolean;
	/** On the list of delegates (fixed when the session opened; the chairs from the call). */
	isDelegate: boolean;
	/** Holds the chair now: the rotation's turn, or the open item's chair. */
	isChair: boolean;
	/** Called the convention. */
	isCaller: boolean;
};

export type ConventionAction =
	'call' | 'add-document' | 'open-amendments' | 'prepare' | 'chair' | 'speak' | 'vote' | 'move';

export function can(actor: Actor | null, action: ConventionAction, s: ConventionSubject): boolean {
	if (!actor || actor.lapsed) return false;
	switch (action) {
		// Calling a convention, adding a founding document or opening one to amendment is proposing.
		case 'call':
		case 'add-document':
		case 'open-amendments':
			return s.inScope && may(actor, 'propose', s.scope);
		// The caller and the chairs shape the agenda until the delegates adopt it.
		case 'prepare':
			return (s.isCaller || s.isChair) && s.inScope;
		// Moving the agenda, giving the floor, closing votes, declaring a ratification.
		case 'chair':
			return s.isChair;
		case 'speak':
		case 'move':
		case 'vote':
			return s.isDelegate && may(actor, 'vote', s.scope);
	}
	return false;
}
