import { and, eq } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { amendments, decisionAuthors, decisions, type Decision } from '$lib/server/db/schema';
import { Forbidden, NotFound } from '$lib/server/errors';
import { membershipSettings } from '$lib/server/instance/membership-settings';
import type { TierRights } from '$lib/domain/members/tiers';
import type { Phase } from '$lib/domain/decisions/types';
import { readSettings } from '$lib/domain/decisions/types';
import { isEligible, tiersThatVote } from './eligibility';
import { can, type DecisionAction, type DecisionActor, type DecisionSubject } from './policy';

export type DecisionContext = {
	decision: Decision;
	subject: DecisionSubject;
	settings: ReturnType<typeof readSettings>;
	/** The tiers' rights, loaded once with the decision for every policy check that follows. */
	rights: TierRights;
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
	const query = db.select().from(decisions).where(eq(decisions.id, id));
	const [decision] = lock ? await query.for(lock) : await query;
	if (!decision) throw new NotFound('decision_error_not_found');
	const { tierRights } = await membershipSettings(db);
	const isAuthor = actor ? await authors(db, id).then((ids) => ids.includes(actor.id)) : false;
	const subject: DecisionSubject = {
		phase: decision.phase as Phase,
		isAuthor,
		isEligible: actor ? await isEligible(db, decision, actor.id, tiersThatVote(tierRights)) : false,
		amendmentsOpen: decision.amendmentsOpen
	};
	if (!can(actor, 'view', subject, tierRights)) throw new NotFound('decision_error_not_found');
	return { decision, subject, settings: readSettings(decision.settings), rights: tierRights };
}

export async function authors(db: Queryable, decisionId: number): Promise<number[]> {
	const rows = await db
		.select({ id: decisionAuthors.memberId })
		.from(decisionAuthors)
		.where(eq(decisionAuthors.decisionId, decisionId));
	return rows.map((r) => r.id);
}

/** Throw Forbidden unless the actor may take this action on the loaded decision. */
export function authorise(
	actor: DecisionActor,
	action: DecisionAction,
	ctx: DecisionContext,
	key = 'error_forbidden'
) {
	if (!can(actor, action, ctx.subject, ctx.rights)) throw new Forbidden(key);
}

export async function loadAmendment(db: Queryable, decisionId: number, amendmentId: number) {
	const [row] = await db
		.select()
		.from(amendments)
		.where(and(eq(amendments.id, amendmentId), eq(amendments.decisionId, decisionId)));
	if (!row) throw new NotFound('amendment_error_not_found');
	return row;
}
