import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import {
	federationActors,
	federationDeliveries,
	federationFollows,
	members
} from '$lib/server/db/schema';
import { isCurrentMember } from '$lib/server/members/privacy';
import { actorOfPost } from './actors';
import { CONTEXT, PUBLIC, postActivity } from './documents';
import { enqueueDelivery, followerInboxes } from './delivery';
import { actorUrls } from './names';

/** Whose voice a post was: enough to find its actor after the post itself is gone. */
export type PostVoice = { kind: string; authorId: number; chapterId: number | null };

/**
 * Tell the followers of the actor whose voice a post is to drop their copy: a Delete with a
 * Tombstone. One path for every way a public post leaves public view: an edit that narrows it, a
 * jury's hiding verdict, its deletion (by its author or with their account's writing).
 */
export async function deliverPostDelete(
	tx: Queryable,
	post: PostVoice,
	postId: number,
	stamp: string,
	origin: string
): Promise<number> {
	const actor = await actorOfPost(tx, post);
	if (!actor) return 0;
	return enqueueDelivery(
		tx,
		actor.id,
		await followerInboxes(tx, actor.id),
		postActivity(origin, actor, 'Delete', postId, null, stamp)
	);
}

/**
 * A member's blog stops federating (they turned it off, or deleted their account): its followers
 * are sent a Delete of the actor, which Mastodon and the others take to mean the account and all
 * its posts are gone (one activity per server, rather than one per post). Then the followers are
 * forgotten (they dropped the account; opting in again starts afresh) and what was still queued
 * for the actor, but for withdrawals, is dropped: nothing else goes out in its name.
 *
 * Run from the events, after the change committed, so it asks the state now: a member who turned
 * federation on again meanwhile keeps their actor. Doing it twice sends nothing more (the
 * followers are gone).
 */
export async function withdrawMemberActor(
	tx: Queryable,
	memberId: number,
	stamp: string,
	origin: string
): Promise<number> {
	const [row] = await tx
		.select({
			id: federationActors.id,
			name: federationActors.name,
			enabled: federationActors.enabled,
			current: sql<boolean>`${isCurrentMember}`
		})
		.from(federationActors)
		.innerJoin(members, eq(members.id, federationActors.memberId))
		.where(eq(federationActors.memberId, memberId));
	if (!row?.name || (row.enabled && row.current)) return 0;
	const self = actorUrls(origin, row.name).id;
	await tx
		.delete(federationDeliveries)
		.where(
			and(
				eq(federationDeliveries.actorId, row.id),
				isNull(federationDeliveries.deliveredAt),
				sql`${federationDeliveries.activity}->>'type' <> 'Delete'`
			)
		);
	const sent = await enqueueDelivery(tx, row.id, await followerInboxes(tx, row.id), {
		'@context': CONTEXT,
		id: `${self}#delete-${stamp}`,
		type: 'Delete',
		actor: self,
		to: [PUBLIC],
		object: self
	});
	await tx
		.delete(federationFollows)
		.where(and(eq(federationFollows.actorId, row.id), eq(federationFollows.direction, 'follower')));
	// An erased account's actor stays off, whatever it was.
	if (row.enabled)
		await tx
			.update(federationActors)
			.set({ enabled: false })
			.where(eq(federationActors.id, row.id));
	return sent;
}
