import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, Queryable } from '$lib/server/db/client';
import { federationFollows, receivedPosts, remoteActors } from '$lib/server/db/schema';
import { Invalid } from '$lib/server/errors';
import { appendEvent } from '$lib/server/events/append';
import { eventAbout } from '$lib/server/events/about';
import type { LocalActor } from './actors';
import { ACTIVITY_JSON, CONTEXT } from './documents';
import { enqueueDelivery } from './delivery';
import { actorUrls, parseAcct } from './names';
import { fetchRemoteActor, RemoteActorRefused } from './remote-actors';
import { FetchRefused, safeFetch } from './safe-fetch';

const webfingerShape = z.object({
	links: z.array(
		z.object({ rel: z.string(), type: z.string().optional(), href: z.string().optional() })
	)
});

/**
 * The actor URL of `name@host` (or of an actor URL given as is), asked of the host's WebFinger.
 * Plain http is tried only where private networks are allowed (two instances on one machine).
 */
export async function resolveActorUri(
	target: string,
	allowPrivateNetworks: boolean
): Promise<string> {
	if (/^https?:\/\//i.test(target)) return target;
	const acct = parseAcct(target);
	if (!acct) throw new Invalid('federation_error_target');
	const scheme = allowPrivateNetworks && /^(127\.|localhost)/.test(acct.host) ? 'http' : 'https';
	const url = `${scheme}://${acct.host}/.well-known/webfinger?resource=${encodeURIComponent(`acct:${acct.name}@${acct.host}`)}`;
	try {
		const answer = await safeFetch(url, {
			allowPrivateNetworks,
			headers: { accept: 'application/jrd+json, application/json' },
			maxBytes: 50_000
		});
		const doc = webfingerShape.parse(JSON.parse(answer.text));
		const self = doc.links.find(
			(l) =>
				l.rel === 'self' && (l.type === ACTIVITY_JSON || l.type?.startsWith('application/ld+json'))
		);
		if (!self?.href) throw new Error('no actor');
		return self.href;
	} catch (e) {
		if (e instanceof FetchRefused) throw new Invalid('federation_error_unreachable');
		throw new Invalid('federation_error_not_found');
	}
}

/**
 * One of our actors follows a remote one, on a member's word (`by`): the follow is kept as
 * pending, a Follow is queued and the event appended, all at once; the remote server's Accept
 * (inbox.ts) marks it accepted. Following again re-sends the Follow.
 */
export async function followRemote(
	db: Db,
	origin: string,
	ours: LocalActor,
	target: string,
	allowPrivateNetworks: boolean,
	by: number
) {
	const uri = await resolveActorUri(target, allowPrivateNetworks);
	let remote;
	try {
		remote = await fetchRemoteActor(db, uri, allowPrivateNetworks);
	} catch (e) {
		if (e instanceof RemoteActorRefused) throw new Invalid('federation_error_not_found');
		throw e;
	}
	const self = actorUrls(origin, ours.name).id;
	const activityId = `${self}#follow-${remote.id}-${Date.now()}`;
	await db.transaction(async (tx) => {
		await tx
			.insert(federationFollows)
			.values({
				actorId: ours.id,
				remoteActorId: remote.id,
				direction: 'following',
				state: 'pending',
				activityId
			})
			.onConflictDoUpdate({
				target: [
					federationFollows.actorId,
					federationFollows.remoteActorId,
					federationFollows.direction
				],
				set: { activityId, state: 'pending' }
			});
		await enqueueDelivery(tx, ours.id, [remote.inbox], {
			'@context': CONTEXT,
			id: activityId,
			type: 'Follow',
			actor: self,
			object: remote.uri
		});
		await appendEvent(
			tx,
			eventAbout('member', by, by, {
				type: 'member.followed-remote',
				data: { as: ours.kind, remoteActorId: remote.id }
			})
		);
	});
	return remote;
}

/** Whom an actor of ours follows, and the latest posts received from them. */
export async function followingOf(db: Queryable, actorId: number) {
	const following = await db
		.select({
			id: remoteActors.id,
			uri: remoteActors.uri,
			name: remoteActors.name,
			handle: remoteActors.handle,
			url: remoteActors.url,
			state: federationFollows.state
		})
		.from(federationFollows)
		.innerJoin(remoteActors, eq(remoteActors.id, federationFollows.remoteActorId))
		.where(
			and(eq(federationFollows.actorId, actorId), eq(federationFollows.direction, 'following'))
		)
		.orderBy(desc(federationFollows.id))
		.limit(100);
	const received = await db
		.select({
			id: receivedPosts.id,
			title: receivedPosts.title,
			text: receivedPosts.text,
			url: receivedPosts.url,
			publishedAt: receivedPosts.publishedAt,
			author: remoteActors.name,
			handle: remoteActors.handle
		})
		.from(receivedPosts)
		.innerJoin(
			federationFollows,
			and(
				eq(federationFollows.remoteActorId, receivedPosts.remoteActorId),
				eq(federationFollows.actorId, actorId),
				eq(federationFollows.direction, 'following')
			)
		)
		.innerJoin(remoteActors, eq(remoteActors.id, receivedPosts.remoteActorId))
		.orderBy(desc(receivedPosts.receivedAt))
		.limit(20);
	return { following, received };
}
