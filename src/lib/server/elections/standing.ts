/** May this member stand for the role in this scope again? Term limit and rotation, from mandates. */
import { and, eq, sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { mandates, roles } from '$lib/server/db/schema';
import { standingRefusal } from '$lib/domain/elections/eligibility';
import { Conflict, NotFound } from '$lib/server/errors';
import type { Election } from '$lib/server/db/schema';

export async function roleOf(db: Queryable, key: string) {
	const [role] = await db.select().from(roles).where(eq(roles.key, key));
	if (!role) throw new NotFound('election_error_role_not_found');
	return role;
}

/** Throws Conflict when a new term for the member would break the role's limits. */
export async function checkTermLimits(
	db: Queryable,
	election: Pick<Election, 'role' | 'scopeKind' | 'scopeId' | 'votingEndsAt'>,
	memberId: number
): Promise<void> {
	const role = await roleOf(db, election.role);
	const terms = await db
		.select({ startsAt: mandates.startsAt, endsAt: mandates.endsAt })
		.from(mandates)
		.where(
			and(
				eq(mandates.memberId, memberId),
				eq(mandates.role, election.role),
				eq(mandates.scopeKind, election.scopeKind),
				sql`${mandates.scopeId} is not distinct from ${election.scopeId}`
			)
		);
	// The new term would start when the count is made.
	const refusal = standingRefusal(terms, role, election.votingEndsAt);
	if (refusal === 'term-limit') throw new Conflict('election_error_term_limit');
	if (refusal === 'rotation') throw new Conflict('election_error_rotation');
}
