import { and, count, eq, gt, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '$lib/server/db/client';
import {
	federationFollows,
	receivedPosts,
	remoteActors,
	remoteReplies,
	type RemoteActor
} from '$lib/server/db/schema';
import { localActor, type LocalActor } from './actors';
import { CONTEXT } from './documents';
import { enqueueDelivery } from './delivery';
import { actorUrls, parseActorName, postIdOf } from './names';
import { federatedPost } from './posts';
import { htmlToText, httpUrl } from './text';

/** What an inbox refuses after the signature held: each becomes its own problem detail. */
export class ActivityRefused extends Error {
	constructor(
		readonly status: 400 | 401 | 404 | 422 | 429,
		readonly reason: string
	) {
		super(reason);
	}
}

const ref = z.union([z.url(), z.object({ id: z.url() }).loose()]);
const activityShape = z
	.object({ id: z.url().optional(), type: z.string().max(100), actor: ref, object: z.unknown() })
	.loose();
const noteShape = z
	.object({
		id: z.url(),
		type: z.string(),
		content: z.string().max(100_000).optional(),
		name: z.string().max(1000).nullish(),
		url: z.union([z.url(), z.object({ href: z.url() }).loose()]).nullish(),
		inReplyTo: z.string().nullish(),
		published: z.string().optional()
	})
	.loose();

/** Replies one remote actor may leave in an hour, across all our posts. */
export const REPLIES_PER_HOUR = 20;

const idOf = (value: unknown): string | null =>
	typeof value === 'string' ? value : (((value as { id?: unknown })?.id as string) ?? null);

const sameHost = (a: string, b: string) => new URL(a).host === new URL(b).host;

/**
 * One activity, already known to come from `sender` (its signature held). `target` is the actor
 * whose inbox it came to, or null for the shared inbox. What we do not understand is accepted and
 * ignored, as ActivityPub asks.
 */
export async function receiveActivity(
	db: Queryable,
	origin: string,
	sender: RemoteActor,
	raw: unknown
): Promise<void> {
	const parsed = activityShape.safeParse(raw);
	if (!parsed.success) throw new ActivityRefused(400, 'not-an-activity');
	const activity = parsed.data;
	// A signature vouches for its own actor only: nobody relays for someone else here.
	if (idOf(activity.actor) !== sender.uri) throw new ActivityRefused(401, 'actor-mismatch');
	switch (activity.type) {
		case 'Follow':
			return follow(db, origin, sender, activity);
		case 'Undo':
			return undo(db, origin, sender, activity.object);
		case 'Accept':
			return accepted(db, sender, activity.object);
		case 'Create':
		case 'Update':
			return note(db, origin, sender, activity.object, activity.type);
		case 'Delete':
			return deleted(db, sender, idOf(activity.object));
	}
}

/** Our actor an object names (`https://us/ap/actors/NAME`), or null. */
async function ourActor(db: Queryable, origin: string, id: unknown): Promise<LocalActor | null> {
	if (typeof id !== 'string') return null;
	const prefix = `${origin}/ap/actors/`;
	if (!id.startsWith(prefix)) return null;
	const name = parseActorName(decodeURIComponent(id.slice(prefix.length)));
	return name ? localActor(db, name) : null;
}

async function follow(
	db: Queryable,
	origin: string,
	sender: RemoteActor,
	activity: z.infer<typeof activityShape>
) {
	const target = await ourActor(db, origin, idOf(activity.object));
	if (!target) throw new ActivityRefused(404, 'unknown-actor');
	if (!activity.id) throw new ActivityRefused(400, 'not-an-activity');
	await db
		.insert(federationFollows)
		.values({
			actorId: target.id,
			remoteActorId: sender.id,
			direction: 'follower',
			state: 'accepted',
			activityId: activity.id
		})
		.onConflictDoUpdate({
			target: [
				federationFollows.actorId,
				federationFollows.remoteActorId,
				federationFollows.direction
			],
			set: { activityId: activity.id, state: 'accepted' }
		});
	const ours = actorUrls(origin, target.name).id;
	await enqueueDelivery(db, target.id, [sender.inbox], {
		'@context': CONTEXT,
		id: `${ours}#accept-${encodeURIComponent(activity.id)}`,
		type: 'Accept',
		actor: ours,
		object: { id: activity.id, type: 'Follow', actor: sender.uri, object: ours }
	});
}

async function undo(db: Queryable, origin: string, sender: RemoteActor, object: unknown) {
	const id = idOf(object);
	const inner =
		typeof object === 'object' && object ? (object as { type?: unknown; object?: unknown }) : {};
	if (inner.type === 'Follow') {
		const target = await ourActor(db, origin, idOf(inner.object));
		if (target) {
			await db
				.delete(federationFollows)
				.where(
					and(
						eq(federationFollows.actorId, target.id),
						eq(federationFollows.remoteActorId, sender.id),
						eq(federationFollows.direction, 'follower')
					)
				);
			return;
		}
	}
	if (id)
		await db
			.delete(federationFollows)
			.where(
				and(
					eq(federationFollows.remoteActorId, sender.id),
					eq(federationFollows.activityId, id),
					eq(federationFollows.direction, 'follower')
				)
			);
}

/** A remote actor accepted one of our follows (federation/follow.ts sent it). */
async function accepted(db: Queryable, sender: RemoteActor, object: unknown) {
	const id = idOf(object);
	if (!id) return;
	await db
		.update(federationFollows)
		.set({ state: 'accepted' })
		.where(
			and(
				eq(federationFollows.remoteActorId, sender.id),
				eq(federationFollows.activityId, id),
				eq(federationFollows.direction, 'following')
			)
		);
}

async function note(
	db: Queryable,
	origin: string,
	sender: RemoteActor,
	object: unknown,
	type: 'Create' | 'Update'
) {
	const parsed = noteShape.safeParse(object);
	if (!parsed.success || !['Note', 'Article'].includes(parsed.data.type)) return;
	const obj = parsed.data;
	// An object is its author's server's to name: nobody creates a post in another's name.
	if (!sameHost(obj.id, sender.uri)) throw new ActivityRefused(401, 'object-on-another-host');
	const text = htmlToText(obj.content ?? '');
	const url = httpUrl(typeof obj.url === 'string' ? obj.url : obj.url?.href);
	if (type === 'Update') {
		await db
			.update(remoteReplies)
			.set({ text })
			.where(and(eq(remoteReplies.objectId, obj.id), eq(remoteReplies.remoteActorId, sender.id)));
		await db
			.update(receivedPosts)
			.set({ text, title: obj.name ?? '' })
			.where(and(eq(receivedPosts.objectId, obj.id), eq(receivedPosts.remoteActorId, sender.id)));
		return;
	}
	const postId = postIdOf(origin, obj.inReplyTo);
	if (postId) return reply(db, sender, postId, obj.id, text, url);
	// Not a reply to us: kept only from actors one of ours follows.
	const [followed] = await db
		.select({ id: federationFollows.id })
		.from(federationFollows)
		.where(
			and(
				eq(federationFollows.remoteActorId, sender.id),
				eq(federationFollows.direction, 'following'),
				eq(federationFollows.state, 'accepted')
			)
		)
		.limit(1);
	if (!followed) return;
	const published = obj.published ? new Date(obj.published) : null;
	await db
		.insert(receivedPosts)
		.values({
			remoteActorId: sender.id,
			objectId: obj.id,
			title: (obj.name ?? '').slice(0, 300),
			text,
			url,
			publishedAt: published && !Number.isNaN(published.getTime()) ? published : null
		})
		.onConflictDoNothing();
}

/**
 * A reply to one of our public posts becomes a reply shown under it, if the post takes comments
 * and the remote author has not already written REPLIES_PER_HOUR in the last hour.
 */
async function reply(
	db: Queryable,
	sender: RemoteActor,
	postId: number,
	objectId: string,
	text: string,
	url: string | null
) {
	const found = await federatedPost(db, postId);
	if (!found) throw new ActivityRefused(404, 'unknown-post');
	if (found.post.commentsLocked) throw new ActivityRefused(422, 'comments-locked');
	if (!text) throw new ActivityRefused(422, 'empty-reply');
	// The per-actor limit is counted under a lock on the actor's row, so parallel deliveries queue.
	await db
		.select({ id: remoteActors.id })
		.from(remoteActors)
		.where(eq(remoteActors.id, sender.id))
		.for('update');
	const [recent] = await db
		.select({ n: count() })
		.from(remoteReplies)
		.where(
			and(
				eq(remoteReplies.remoteActorId, sender.id),
				gt(remoteReplies.createdAt, sql`now() - interval '1 hour'`)
			)
		);
	if ((recent?.n ?? 0) >= REPLIES_PER_HOUR) throw new ActivityRefused(429, 'too-many-replies');
	await db
		.insert(remoteReplies)
		.values({ postId, remoteActorId: sender.id, objectId, text, url })
		.onConflictDoNothing();
}

async function deleted(db: Queryable, sender: RemoteActor, id: string | null) {
	if (!id) return;
	// The actor itself is gone: everything of theirs goes with it (the rows cascade).
	if (id === sender.uri) {
		await db.delete(remoteActors).where(eq(remoteActors.id, sender.id));
		return;
	}
	await db
		.delete(remoteReplies)
		.where(and(eq(remoteReplies.objectId, id), eq(remoteReplies.remoteActorId, sender.id)));
	await db
		.delete(receivedPosts)
		.where(and(eq(receivedPosts.objectId, id), eq(receivedPosts.remoteActorId, sender.id)));
}
