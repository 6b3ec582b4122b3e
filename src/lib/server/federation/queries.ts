import { eq } from 'drizzle-orm';
import type { Actor } from '$lib/domain/members/actor';
import type { Queryable } from '$lib/server/db/client';
import { federationActors, members } from '$lib/server/db/schema';
import { config } from '$lib/server/config';
import { localActor } from './actors';
import { followerCount } from './delivery';
import { followingOf } from './follow';
import { can } from './policy';

/**
 * The settings page: whether the member's blog federates and under which address, how many
 * follow it; and, for those who may speak for the organisation blog, whom it follows.
 */
export async function federationSettings(db: Queryable, actor: Actor, host: string) {
	const enabled = config().federation.enabled;
	const [row] = await db
		.select({ id: federationActors.id, enabled: federationActors.enabled, handle: members.handle })
		.from(members)
		.leftJoin(federationActors, eq(federationActors.memberId, members.id))
		.where(eq(members.id, actor.id));
	const followers = row?.id ? await followerCount(db, row.id) : 0;
	const organisation =
		enabled && can(actor, 'follow-as-organisation')
			? await localActor(db, { kind: 'organisation' })
			: null;
	return {
		enabled,
		blog: { federates: !!row?.enabled, followers, address: `@${row?.handle}@${host}` },
		organisation: organisation
			? { address: `@${organisation.name}@${host}`, ...(await followingOf(db, organisation.id)) }
			: null
	};
}
