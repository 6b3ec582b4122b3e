/**
 * Loading an election with what the policy needs to know about the actor: membership of the scope
 * and of the electorate. Commands load it inside their transaction with the lock they need.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { electionElectors, elections, type Election } from '$lib/server/db/schema';
import { NotFound } from '$lib/server/errors';
import { eligibleCondition } from '$lib/server/decisions/eligibility';
import { TIERS } from '$lib/domain/members/tiers';
import type { Actor } from '$lib/domain/members/actor';
import { scopeRef, type ElectionSubject } from './policy';

export type ElectionContext = { election: Election; subject: ElectionSubject };

type Scope = { scopeKind: string; scopeId: number | null };

/**
 * Who elects the seats of a scope: its own members, except a committee's, which the whole
 * organisation elects (a committee does not choose its own members). Candidates come from the
 * same body.
 */
export function electorateOf(scope: Scope): Scope {
	return scope.scopeKind === 'committee' ? { scopeKind: 'organisation', scopeId: null } : scope;
}

/** Is the member an active member of the body that elects the scope's seats? */
export async function inScope(db: Queryable, scope: Scope, memberId: number): Promise<boolean> {
	const r = await db.execute(
		sql`select 1 from members m where m.id = ${memberId} and ${eligibleCondition(electorateOf(scope), [...TIERS])}`
	);
	return r.rows.length > 0;
}

export async function loadElection(
	tx: Queryable,
	actor: Actor | null,
	id: number,
	lock?: 'share' | 'update'
): Promise<ElectionContext> {
	const query = tx.select().from(elections).where(eq(elections.id, id));
	const [election] = lock ? await query.for(lock) : await query;
	if (!election) throw new NotFound('election_error_not_found');
	let member = false;
	let elector = false;
	if (actor) {
		member = await inScope(tx, election, actor.id);
		const [row] = await tx
			.select({ m: electionElectors.memberId })
			.from(electionElectors)
			.where(and(eq(electionElectors.electionId, id), eq(electionElectors.memberId, actor.id)));
		elector = !!row;
	}
	return {
		election,
		subject: {
			phase: election.phase,
			scope: scopeRef(election.scopeKind, election.scopeId),
			inScope: member,
			isElector: elector
		}
	};
}
