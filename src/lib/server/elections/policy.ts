/**
 * Who may do what in elections: one pure function, `can(actor, action, subject)`. The commands load
 * the facts (is the actor a member of the scope, an elector, the candidate?) and ask here; every
 * right goes through `may()`, so a lapsed member has none and a mandate's rights apply only in its
 * scope. Tested as a table in policy.test.ts.
 */
import { may, type Actor, type ScopeRef } from '$lib/domain/members/actor';
import type { ElectionPhase } from '$lib/domain/elections/types';

export type ElectionSubject = {
	phase: ElectionPhase;
	scope: ScopeRef;
	/** The actor is an active member of the election's scope (any tier). */
	inScope: boolean;
	/** The actor is in the electorate fixed when voting opened. */
	isElector: boolean;
	/** The candidacy acted on, when the action is about one. */
	candidacy?: { memberId: number; consented: boolean; withdrawn: boolean };
};

export type ElectionAction =
	'call' | 'stand' | 'nominate' | 'consent' | 'withdraw' | 'vote' | 'see-ballots';

export function can(actor: Actor | null, action: ElectionAction, s: ElectionSubject): boolean {
	if (action === 'see-ballots') return s.phase === 'closed';
	if (!actor) return false;
	const nominations = s.phase === 'nominations';
	switch (action) {
		// Calling an election is proposing something to the scope's members.
		case 'call':
			return s.inScope && may(actor, 'propose', s.scope);
		case 'stand':
			return nominations && s.inScope && may(actor, 'stand', s.scope);
		// Those who will elect may put a name forward; the nominee still has to consent.
		case 'nominate':
			return nominations && s.inScope && may(actor, 'vote', s.scope);
		case 'consent':
			return (
				nominations &&
				!!s.candidacy &&
				s.candidacy.memberId === actor.id &&
				!s.candidacy.consented &&
				!s.candidacy.withdrawn &&
				may(actor, 'stand', s.scope)
			);
		// A candidate may step back (or decline a nomination) until voting opens; no right needed.
		case 'withdraw':
			return (
				nominations && !!s.candidacy && s.candidacy.memberId === actor.id && !s.candidacy.withdrawn
			);
		case 'vote':
			return s.phase === 'voting' && s.isElector && may(actor, 'vote', s.scope);
	}
	return false;
}

export function scopeRef(kind: string, id: number | null): ScopeRef {
	if (kind === 'chapter' || kind === 'committee' || kind === 'project')
		return { kind, id: Number(id) };
	return { kind: 'organisation' };
}
