/**
 * Mandates begin and end here. `grantMandate` is the one way a mandate starts (elections call it
 * with their result, the operator on a first installation); it checks the role's rules in the
 * caller's transaction under a lock on the role's row, so two grants cannot both take the last
 * seat. A mandate ends by resignation, by its term running out (the scheduler records it), by
 * recall (recall.ts) or because its holder left the scope: `endMandate` writes each the same way.
 */
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db, Queryable, Tx } from '$lib/server/db/client';
import { committeeMembers, mandates, members, roles, type MandateRow } from '$lib/server/db/schema';
import type { ScopeRef } from '$lib/domain/members/actor';
import type { MandateEndReason } from '$lib/domain/members/roles';
import { command } from '$lib/server/command';
import { Conflict, Invalid, NotFound } from '$lib/server/errors';
import { appendEvent } from '$lib/server/events/append';
import { eventAbout } from '$lib/server/events/about';
import type { AppEvent } from '$lib/server/events/catalogue';
import { checkScope } from '$lib/server/decisions/scopes';
import { fillVacancyFromReserves } from '$lib/server/elections/countback';
import { can, scopeRef } from './policy';
import { addMonths, consecutiveTerms } from '$lib/domain/members/terms';

export type GrantInput = {
	memberId: number;
	role: string;
	scope: ScopeRef;
	startsAt?: Date;
	/** Default: the role's term from the start. */
	endsAt?: Date | null;
	electionId?: number;
};

const scopeId = (scope: ScopeRef) => (scope.kind === 'organisation' ? null : scope.id);

const sameScope = (scope: ScopeRef) =>
	and(
		eq(mandates.scopeKind, scope.kind),
		scope.kind === 'organisation' ? isNull(mandates.scopeId) : eq(mandates.scopeId, scope.id)
	);

/**
 * Give a member a role in a scope, inside the caller's transaction, and append `mandate.granted`.
 * Refuses (and writes nothing) a role that does not exist (404), a scope the role is not held in
 * (400), a full set of seats, a second concurrent mandate for the same holder, or one past the
 * role's term limit or rotation rule (409).
 */
export async function grantMandate(
	tx: Queryable,
	actorId: number | null,
	input: GrantInput
): Promise<number> {
	// The role's row lock orders every grant of this role: seat counts cannot race.
	const [role] = await tx.select().from(roles).where(eq(roles.key, input.role)).for('update');
	if (!role) throw new NotFound('mandate_error_role_not_found');
	if (!role.scopeKinds.includes(input.scope.kind)) throw new Invalid('mandate_error_scope_kind');
	await checkScope(tx, { scopeKind: input.scope.kind, scopeId: scopeId(input.scope) });
	const [member] = await tx
		.select({ id: members.id })
		.from(members)
		.where(and(eq(members.id, input.memberId), isNull(members.deletedAt)));
	if (!member) throw new NotFound('error_member_not_found');

	const startsAt = input.startsAt ?? new Date();
	const endsAt = input.endsAt === undefined ? addMonths(startsAt, role.termMonths) : input.endsAt;
	const overlaps = and(
		eq(mandates.role, role.key),
		sameScope(input.scope),
		endsAt ? sql`${mandates.startsAt} < ${endsAt}` : undefined,
		sql`(${mandates.endsAt} is null or ${mandates.endsAt} > ${startsAt})`
	);
	const holders = await tx.select({ memberId: mandates.memberId }).from(mandates).where(overlaps);
	if (holders.some((h) => h.memberId === input.memberId))
		throw new Conflict('mandate_error_already_held');
	if (holders.length >= role.seats) throw new Conflict('mandate_error_seats_full');

	const past = await tx
		.select({ startsAt: mandates.startsAt, endsAt: mandates.endsAt })
		.from(mandates)
		.where(
			and(
				eq(mandates.memberId, input.memberId),
				eq(mandates.role, role.key),
				sameScope(input.scope),
				sql`${mandates.startsAt} < ${startsAt}`
			)
		)
		.orderBy(desc(mandates.startsAt));
	if (role.termLimit !== null && past.length >= role.termLimit)
		throw new Conflict('mandate_error_term_limit');
	if (
		role.maxConsecutive !== null &&
		consecutiveTerms(past, startsAt, role.termMonths) >= role.maxConsecutive
	)
		throw new Conflict('mandate_error_consecutive');

	const [row] = await tx
		.insert(mandates)
		.values({
			memberId: input.memberId,
			role: role.key,
			scopeKind: input.scope.kind,
			scopeId: scopeId(input.scope),
			startsAt,
			endsAt,
			electionId: input.electionId ?? null
		})
		.returning({ id: mandates.id });
	if (input.scope.kind === 'committee' && startsAt <= new Date())
		await tx
			.insert(committeeMembers)
			.values({ committeeId: input.scope.id, memberId: input.memberId })
			.onConflictDoNothing();
	await appendEvent(
		tx,
		eventAbout('mandate', row.id, actorId, {
			type: 'mandate.granted',
			data: {
				memberId: input.memberId,
				role: role.key,
				...(input.electionId ? { electionId: input.electionId } : {})
			}
		})
	);
	return row.id;
}

/** A mandate is current from its start until its end, and not yet marked ended. */
export function isCurrent(
	m: Pick<MandateRow, 'startsAt' | 'endsAt' | 'endReason'>,
	now = new Date()
) {
	return !m.endReason && m.startsAt <= now && (m.endsAt === null || m.endsAt > now);
}

/**
 * End a mandate now (or, for `term`, record the end its term already had) and return the event to
 * append. A committee seat's holder leaves the committee's members unless another seat holds them,
 * so who votes in the committee's decisions follows its mandates.
 */
export async function endMandate(
	tx: Queryable,
	m: MandateRow,
	reason: MandateEndReason,
	actorId: number | null,
	now = new Date()
): Promise<AppEvent> {
	// A mandate not yet begun ends just after its start: the table keeps every end after its start.
	const endsAt =
		reason === 'term'
			? (m.endsAt ?? now)
			: now > m.startsAt
				? now
				: new Date(m.startsAt.getTime() + 1);
	await tx.update(mandates).set({ endsAt, endReason: reason }).where(eq(mandates.id, m.id));
	if (m.scopeKind === 'committee' && m.scopeId !== null)
		await tx.execute(sql`
			delete from committee_members km
			where km.committee_id = ${m.scopeId} and km.member_id = ${m.memberId}
				and not exists (select 1 from mandates o where o.member_id = km.member_id
					and o.scope_kind = 'committee' and o.scope_id = km.committee_id and o.id <> ${m.id}
					and o.end_reason is null and (o.ends_at is null or o.ends_at > ${endsAt}))`);
	return eventAbout('mandate', m.id, actorId, {
		type: 'mandate.ended',
		data: { reason }
	});
}

/**
 * End a mandate before its term (resigned, recalled, left) and fill the seat by countback from
 * the reserves of the election that filled it (src/lib/server/elections/countback.ts). Without a
 * reserve the seat stays vacant, said so in the event, for a by-election. `tx` is the caller's
 * transaction (a handler's savepoint is one too).
 */
export async function vacateMandate(
	tx: Queryable,
	m: MandateRow,
	reason: Exclude<MandateEndReason, 'term'>,
	actorId: number | null
): Promise<AppEvent> {
	await endMandate(tx, m, reason, actorId);
	const filled = await fillVacancyFromReserves(tx as Tx, m.id);
	if (filled && m.scopeKind === 'committee' && m.scopeId !== null)
		await tx
			.insert(committeeMembers)
			.values({ committeeId: m.scopeId, memberId: filled.memberId })
			.onConflictDoNothing();
	return eventAbout('mandate', m.id, actorId, {
		type: 'mandate.ended',
		data: { reason, vacant: !filled }
	});
}

/** A mandate by id, locked for its change; 404 when there is none. */
export async function lockMandate(tx: Queryable, id: number): Promise<MandateRow> {
	const [m] = await tx.select().from(mandates).where(eq(mandates.id, id)).for('update');
	if (!m) throw new NotFound('mandate_error_not_found');
	return m;
}

function mandateId(raw: unknown): number {
	const id = Number(raw);
	if (!Number.isSafeInteger(id) || id < 1) throw new Invalid('error_invalid_value');
	return id;
}

/**
 * Its holder gives a mandate up; a reserve of the election that filled it takes the seat over, or
 * it stays vacant for a by-election.
 */
export const resignMandate = command({
	input: (raw: unknown) => ({ id: mandateId(raw) }),
	load: (tx, _actor, { id }) => lockMandate(tx, id),
	allow: (actor, m) =>
		can(actor, 'resign', { memberId: m.memberId, scope: scopeRef(m.scopeKind, m.scopeId) }),
	forbidden: 'mandate_error_not_yours',
	// A mandate not yet begun (the next term) may be given up too.
	check: (m) => {
		if (m.endReason || (m.endsAt !== null && m.endsAt <= new Date()))
			throw new Conflict('mandate_error_ended');
	},
	run: (tx, actor, m) => vacateMandate(tx, m, 'resigned', actor.id),
	event: (ended) => ended
});

/**
 * The scheduler's `mandates.end` job: mandates whose term has passed are already without their
 * rights (the actor loader reads only current ones); this records why they ended, once, with its
 * event, and keeps committee seats in step (a seat granted for later joins its committee here).
 */
export async function endTermedMandates(db: Db, now = new Date()): Promise<number> {
	const due = await db
		.select({ id: mandates.id })
		.from(mandates)
		.where(and(isNull(mandates.endReason), sql`${mandates.endsAt} <= ${now}`))
		.orderBy(mandates.id)
		.limit(500);
	let ended = 0;
	for (const { id } of due)
		ended += await db.transaction(async (tx) => {
			const m = await lockMandate(tx, id);
			if (m.endReason) return 0;
			await appendEvent(tx, await endMandate(tx, m, 'term', null, now));
			return 1;
		});
	await db.execute(sql`
		insert into committee_members (committee_id, member_id)
		select scope_id, member_id from mandates
		where scope_kind = 'committee' and end_reason is null and starts_at <= ${now}
			and (ends_at is null or ends_at > ${now})
		on conflict do nothing`);
	return ended;
}

/** End, with reason `left`, a member's current mandates that match `where` (a leaver's). */
export async function endMandatesOfLeaver(
	tx: Queryable,
	memberId: number,
	where: { scopeKind: 'chapter'; scopeId: number } | 'all'
): Promise<number> {
	const rows = await tx
		.select()
		.from(mandates)
		.where(
			and(
				eq(mandates.memberId, memberId),
				isNull(mandates.endReason),
				sql`(${mandates.endsAt} is null or ${mandates.endsAt} > now())`,
				where === 'all'
					? undefined
					: and(eq(mandates.scopeKind, where.scopeKind), eq(mandates.scopeId, where.scopeId)),
				// Left and joined again before this ran: still a member, still holding it.
				where === 'all'
					? undefined
					: sql`not exists (select 1 from chapter_memberships cm where cm.member_id = ${memberId} and cm.chapter_id = ${where.scopeId})`
			)
		)
		.for('update');
	for (const m of rows) await appendEvent(tx, await vacateMandate(tx, m, 'left', null));
	return rows.length;
}
