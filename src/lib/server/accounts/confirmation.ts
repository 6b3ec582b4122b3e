import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { members } from '$lib/server/db/schema';
import type { AppEvent } from '$lib/server/events/append';
import { placeNewMember } from '$lib/server/chapters/placement';
import { setTierAtSignUp } from '$lib/server/instance/tiers';

/**
 * Mark the member's address as confirmed, in the caller's transaction. The first confirmation is
 * when the account becomes real: only then is it placed in its city's chapter (created when none
 * exists), so an address nobody confirms makes no chapter, no count and no public profile. The
 * placement's events are returned for the command to append after its own.
 */
export async function confirmAddress(tx: Queryable, memberId: number): Promise<AppEvent[]> {
	const [first] = await tx
		.update(members)
		.set({ emailVerifiedAt: sql`now()` })
		.where(
			and(eq(members.id, memberId), isNull(members.emailVerifiedAt), isNull(members.deletedAt))
		)
		.returning({ id: members.id, country: members.country, city: members.city });
	const placing: AppEvent[] = [];
	if (first) {
		// The tier rules say how far joining takes a new member (interim by default).
		await setTierAtSignUp(tx, first.id);
		await placeNewMember(tx, first, placing);
	}
	return placing;
}
