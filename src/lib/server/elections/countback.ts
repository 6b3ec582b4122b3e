/**
 * Countback: a seat an election filled falls vacant (resignation, recall, leaving) and the next
 * reserve of that election takes it for the rest of the term. The reserves are the candidates the
 * count did not elect, in order of their final standing (count.ts). A reserve is passed over when
 * they already held a seat from this election, hold the role in the scope now, have left the
 * scope, or their account is gone. Documented in docs/elections.md for the mandate lifecycle.
 */
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Queryable, Tx } from '$lib/server/db/client';
import { candidacies, elections, mandates, members, roles } from '$lib/server/db/schema';
import { appendEvent } from '$lib/server/events/append';
import type { ElectionResult } from './count';
import { inScope } from './context';
import { electionEvent } from './events';
import { termEnd } from './advance';

export type Reserve = { candidacyId: number; memberId: number };

/** The election's reserves in order (empty before the count or when nobody was left over). */
export async function reservesOf(db: Queryable, electionId: number): Promise<Reserve[]> {
	const [e] = await db
		.select({ result: elections.result })
		.from(elections)
		.where(eq(elections.id, electionId));
	const ids = ((e?.result as ElectionResult | null)?.reserves ?? []).map(Number);
	if (!ids.length) return [];
	const rows = await db
		.select({ candidacyId: candidacies.id, memberId: candidacies.memberId })
		.from(candidacies)
		.where(and(eq(candidacies.electionId, electionId), inArray(candidacies.id, ids)));
	const byId = new Map(rows.map((r) => [r.candidacyId, r]));
	return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}

/**
 * Fill the seat of an ended mandate from its election's reserves, inside the caller's transaction
 * (the one that ended the mandate). Returns the new mandate, or null when the mandate came from no
 * election, its term is over, or no reserve can take the seat (then a by-election fills it).
 */
export async function fillVacancyFromReserves(
	tx: Tx,
	mandateId: number,
	now: Date = new Date()
): Promise<{ mandateId: number; memberId: number } | null> {
	const [vacated] = await tx.select().from(mandates).where(eq(mandates.id, mandateId));
	if (!vacated?.electionId) return null;
	// The reserve serves the rest of the seat's term, not a new one; a term that ran out is no vacancy.
	if (vacated.endReason === 'term') return null;
	const endsAt = await termEndOf(tx, vacated.electionId);
	if (!endsAt || endsAt <= now) return null;
	// One countback at a time per election: the election row is the lock.
	await tx
		.select({ id: elections.id })
		.from(elections)
		.where(eq(elections.id, vacated.electionId))
		.for('update');
	for (const reserve of await reservesOf(tx, vacated.electionId)) {
		if (!(await canTakeSeat(tx, reserve.memberId, vacated, now))) continue;
		const [m] = await tx
			.insert(mandates)
			.values({
				memberId: reserve.memberId,
				role: vacated.role,
				scopeKind: vacated.scopeKind,
				scopeId: vacated.scopeId,
				startsAt: now,
				endsAt,
				electionId: vacated.electionId
			})
			.returning({ id: mandates.id });
		await appendEvent(
			tx,
			electionEvent(null, vacated.electionId, {
				type: 'vacancy.filled',
				data: { mandateId: m.id, replaces: vacated.id }
			})
		);
		await appendEvent(tx, {
			type: 'mandate.granted',
			actorId: null,
			subjectType: 'mandate',
			subjectId: m.id,
			data: { memberId: reserve.memberId, role: vacated.role, electionId: vacated.electionId }
		});
		return { mandateId: m.id, memberId: reserve.memberId };
	}
	return null;
}

/** When the seats the election filled end: its count plus the role's term (as advance.ts gave them). */
async function termEndOf(tx: Queryable, electionId: number): Promise<Date | null> {
	const [e] = await tx
		.select({ countedAt: elections.countedAt, termMonths: roles.termMonths })
		.from(elections)
		.innerJoin(roles, eq(roles.key, elections.role))
		.where(eq(elections.id, electionId));
	return e?.countedAt ? termEnd(e.countedAt, e.termMonths) : null;
}

async function canTakeSeat(
	tx: Queryable,
	memberId: number,
	vacated: typeof mandates.$inferSelect,
	now: Date
): Promise<boolean> {
	const [gone] = await tx
		.select({ id: members.id })
		.from(members)
		.where(and(eq(members.id, memberId), isNull(members.deletedAt)));
	if (!gone) return false;
	const [held] = await tx
		.select({ id: mandates.id })
		.from(mandates)
		.where(
			and(
				eq(mandates.memberId, memberId),
				sql`(${mandates.electionId} = ${vacated.electionId} or (${mandates.role} = ${vacated.role}
					and ${mandates.scopeKind} = ${vacated.scopeKind}
					and ${mandates.scopeId} is not distinct from ${vacated.scopeId}
					and (${mandates.endsAt} is null or ${mandates.endsAt} > ${now})))`
			)
		);
	if (held) return false;
	return inScope(tx, vacated, memberId);
}
