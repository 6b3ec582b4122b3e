import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import {
	amendments,
	ballots,
	decisionAuthors,
	decisionInvitations,
	decisions,
	type Decision
} from '$lib/server/db/schema';
import { NotFound } from '$lib/server/errors';
import type { ScopeRef } from '$lib/domain/members/actor';
import type { StoredChoice } from '$lib/domain/decisions/ballot-choice';
import { minorityReportDeadline } from '$lib/domain/decisions/lifecycle';
import { readSettings, type DecisionSettings, type Phase } from '$lib/domain/decisions/types';
import { isEligible } from './eligibility';
import { can, type DecisionActor, type DecisionSubject } from './policy';
import { storedResult } from './results';

export type DecisionContext = {
	decision: Decision;
	/** What the policy needs to know about the actor and this decision. */
	subject: DecisionSubject;
	settings: DecisionSettings;
};

/**
 * Load a decision with what the policy needs to know about the actor, optionally locking the row
 * (`share` while a ballot is cast, `update` while the phase changes: a ballot and the close cannot
 * pass each other). A draft does not exist for anyone but its authors.
 */
export async function loadDecision(
	db: Queryable,
	actor: DecisionActor,
	id: number,
	lock?: 'share' | 'update'
): Promise<DecisionContext> {
	// Whether the actor wrote it or is invited to, in the same statement: every command and page on
	// a decision starts here, and a ballot is many statements already.
	const memberId = actor?.id ?? 0;
	const query = db
		.select({
			decision: decisions,
			isAuthor: sql<boolean>`exists (select 1 from ${decisionAuthors} a
				where a.decision_id = ${decisions.id} and a.member_id = ${memberId})`,
			isInvited: sql<boolean>`exists (select 1 from ${decisionInvitations} i
				where i.decision_id = ${decisions.id} and i.member_id = ${memberId})`
		})
		.from(decisions)
		.where(eq(decisions.id, id));
	const [row] = lock ? await query.for(lock, { of: decisions }) : await query;
	if (!row) throw new NotFound('decision_error_not_found');
	const { decision } = row;
	const settings = readSettings(decision.settings);
	const subject: DecisionSubject = {
		phase: decision.phase as Phase,
		scope: scopeOf(decision),
		isAuthor: !!actor && row.isAuthor,
		isInvited: !!actor && decision.phase === 'draft' && row.isInvited,
		// The actor's tier rights were read with the actor, from the same settings: a tier without
		// the right to vote needs no query, and the one that has it is the only tier to match.
		isEligible:
			!!actor &&
			actor.tierRights.has('vote') &&
			(await isEligible(db, decision, actor.id, [actor.tier])),
		amendmentsOpen: decision.amendmentsOpen,
		dissent: decision.phase === 'closed' ? await dissentOf(db, actor, decision, settings) : null
	};
	if (!can(actor, 'view', subject)) throw new NotFound('decision_error_not_found');
	return { decision, subject, settings };
}

function scopeOf(d: Decision): ScopeRef {
	return d.scopeKind === 'organisation' || d.scopeId === null
		? { kind: 'organisation' }
		: { kind: d.scopeKind as 'chapter' | 'committee' | 'project', id: d.scopeId };
}

/** After the close: the actor's counted ballot, the outcome and the minority report window. */
async function dissentOf(
	db: Queryable,
	actor: DecisionActor,
	d: Decision,
	settings: DecisionSettings
) {
	const [ballot] = actor
		? await db
				.select({ choice: ballots.choice })
				.from(ballots)
				.where(
					and(
						eq(ballots.decisionId, d.id),
						eq(ballots.voterId, actor.id),
						isNull(ballots.supersededAt)
					)
				)
		: [];
	return {
		choice: (ballot?.choice as StoredChoice | undefined) ?? null,
		outcome: d.outcome ?? '',
		winner: storedResult(d)?.winner ?? null,
		until: minorityReportDeadline(d.closedAt, settings.minorityReportDays)
	};
}

export async function authors(db: Queryable, decisionId: number): Promise<number[]> {
	const rows = await db
		.select({ id: decisionAuthors.memberId })
		.from(decisionAuthors)
		.where(eq(decisionAuthors.decisionId, decisionId));
	return rows.map((r) => r.id);
}

/** One of the decision's amendments, optionally locked (after the decision: always in that order). */
export async function loadAmendment(
	db: Queryable,
	decisionId: number,
	amendmentId: number,
	lock?: 'share' | 'update'
) {
	const query = db
		.select()
		.from(amendments)
		.where(and(eq(amendments.id, amendmentId), eq(amendments.decisionId, decisionId)));
	const [row] = lock ? await query.for(lock) : await query;
	if (!row) throw new NotFound('amendment_error_not_found');
	return row;
}
