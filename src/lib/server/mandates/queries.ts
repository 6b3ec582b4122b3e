/**
 * What pages show of mandates: the current holders of a scope's roles, each with the recall
 * petition against it (if any), and what the viewer may do (resign their own, start or sign a
 * recall). Names go through publicName, like every name a page shows.
 */
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { mandates, members, recallPetitions, roles } from '$lib/server/db/schema';
import type { Actor, ScopeRef } from '$lib/domain/members/actor';
import { isEligible } from '$lib/server/decisions/eligibility';
import { personFor } from '$lib/server/decisions/reading';
import { can } from './policy';
import { recallPercent } from './recall';

const current = sql`${mandates.endReason} is null and ${mandates.startsAt} <= now()
	and (${mandates.endsAt} is null or ${mandates.endsAt} > now())`;

function inScope(scope: ScopeRef) {
	return and(
		eq(mandates.scopeKind, scope.kind),
		scope.kind === 'organisation' ? isNull(mandates.scopeId) : eq(mandates.scopeId, scope.id)
	);
}

/** The current holders of every role in a scope, with open recall petitions and the viewer's options. */
export async function scopeMandates(
	db: Queryable,
	viewer: Actor | null,
	scope: ScopeRef,
	role?: string
) {
	const rows = await db
		.select({
			id: mandates.id,
			role: mandates.role,
			startsAt: mandates.startsAt,
			endsAt: mandates.endsAt,
			electionId: mandates.electionId,
			memberId: mandates.memberId,
			holder: personFor(viewer)
		})
		.from(mandates)
		.innerJoin(members, eq(members.id, mandates.memberId))
		.where(and(inScope(scope), current, role ? eq(mandates.role, role) : undefined))
		.orderBy(asc(mandates.role), asc(mandates.startsAt), asc(mandates.id));
	const petitions = rows.length
		? await db
				.select({
					id: recallPetitions.id,
					mandateId: recallPetitions.mandateId,
					status: recallPetitions.status,
					threshold: recallPetitions.threshold,
					decisionId: recallPetitions.decisionId,
					signatures: sql<number>`(select count(*)::int from recall_signatures s where s.petition_id = ${recallPetitions.id})`,
					signed: sql<boolean>`exists (select 1 from recall_signatures s where s.petition_id = ${recallPetitions.id} and s.member_id = ${viewer?.id ?? 0})`
				})
				.from(recallPetitions)
				.where(
					and(
						inArray(
							recallPetitions.mandateId,
							rows.map((r) => r.id)
						),
						sql`${recallPetitions.status} in ('open', 'voting')`
					)
				)
		: [];
	const eligible =
		!!viewer &&
		(await isEligible(
			db,
			{
				scopeKind: scope.kind,
				scopeId: scope.kind === 'organisation' ? null : scope.id
			},
			viewer.id
		));
	const recallable = can(viewer, 'start-recall', { scope, inScope: eligible });
	return {
		recallPercent: await recallPercent(db),
		mandates: rows.map((r) => {
			const petition = petitions.find((p) => p.mandateId === r.id) ?? null;
			return {
				id: r.id,
				role: r.role,
				startsAt: r.startsAt,
				endsAt: r.endsAt,
				electionId: r.electionId,
				holder: r.holder,
				own: viewer?.id === r.memberId,
				petition,
				canStartRecall: recallable && !petition && viewer?.id !== r.memberId,
				canSign: recallable && petition?.status === 'open' && !petition.signed
			};
		})
	};
}

export type ScopeMandates = Awaited<ReturnType<typeof scopeMandates>>;

/** Every role, with where it is held, its rights, seats, term and limits (the /roles page). */
export async function roleList(db: Queryable) {
	return db
		.select({
			key: roles.key,
			scopeKinds: roles.scopeKinds,
			rights: roles.rights,
			seats: roles.seats,
			termMonths: roles.termMonths,
			termLimit: roles.termLimit,
			maxConsecutive: roles.maxConsecutive,
			holders: sql<number>`(select count(*)::int from mandates md where md.role = ${roles.key}
				and md.end_reason is null and md.starts_at <= now() and (md.ends_at is null or md.ends_at > now()))`
		})
		.from(roles)
		.orderBy(asc(roles.id));
}
