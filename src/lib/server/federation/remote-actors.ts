import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '$lib/server/db/client';
import { remoteActors, type RemoteActor } from '$lib/server/db/schema';
import { siteOrigin } from '$lib/server/notifications/mail';
import { localActor } from './actors';
import { ACTIVITY_JSON } from './documents';
import { actorUrls } from './names';
import { FetchRefused, safeFetch } from './safe-fetch';
import { signedGetHeaders } from './signatures';
import { httpUrl } from './text';

/** What we need of another server's actor; anything else in the document is ignored. */
const remoteActorShape = z.object({
	id: z.url(),
	type: z.string(),
	inbox: z.url(),
	preferredUsername: z.string().max(200).optional(),
	name: z.string().max(500).nullish(),
	url: z.union([z.url(), z.object({ href: z.url() })]).nullish(),
	endpoints: z.object({ sharedInbox: z.url().optional() }).nullish(),
	publicKey: z.object({
		id: z.url(),
		owner: z.url(),
		publicKeyPem: z.string().max(10_000)
	})
});

const ACCEPT = `${ACTIVITY_JSON}, application/ld+json; profile="https://www.w3.org/ns/activitystreams"`;

/**
 * A fetch of another server's document, signed as the organisation's actor (our "instance
 * actor"): servers in authorized-fetch (secure) mode answer only signed GETs. Its key is public
 * at its actor's address, which we serve to anyone without asking for a signature, so verifying
 * us never needs a signed fetch back (no loop between two such servers).
 */
async function signedFetchHeaders(db: Queryable, url: string): Promise<Record<string, string>> {
	const ours = await localActor(db, { kind: 'organisation' });
	if (!ours) return { accept: ACCEPT };
	const key = actorUrls(siteOrigin(), ours.name).key;
	return signedGetHeaders(url, ACCEPT, { keyId: key, privateKeyPem: ours.privateKeyPem });
}

/** How long a fetched actor (and its key) is trusted before it is fetched again. */
const FRESH_MS = 24 * 60 * 60 * 1000;

export class RemoteActorRefused extends Error {}

const withoutFragment = (uri: string) => uri.split('#', 1)[0];

/**
 * Fetch an actor document and keep what we need. The document must name itself with the URL it
 * was fetched from (a server cannot speak for an actor on another host), and its key must be its
 * own.
 */
export async function fetchRemoteActor(
	db: Queryable,
	uri: string,
	allowPrivateNetworks: boolean
): Promise<RemoteActor> {
	let answer;
	try {
		answer = await safeFetch(uri, {
			allowPrivateNetworks,
			headers: await signedFetchHeaders(db, uri),
			maxBytes: 200_000
		});
	} catch (e) {
		throw new RemoteActorRefused(e instanceof FetchRefused ? e.message : 'unreachable');
	}
	if (answer.status !== 200) throw new RemoteActorRefused(`answered ${answer.status}`);
	let parsed;
	try {
		parsed = remoteActorShape.safeParse(JSON.parse(answer.text));
	} catch {
		throw new RemoteActorRefused('not JSON');
	}
	if (!parsed.success) throw new RemoteActorRefused('not an actor');
	const doc = parsed.data;
	if (doc.id !== withoutFragment(uri) || doc.publicKey.owner !== doc.id)
		throw new RemoteActorRefused('the document names another actor');
	if (new URL(doc.inbox).host !== new URL(doc.id).host)
		throw new RemoteActorRefused('inbox on another host');
	const host = new URL(doc.id).host;
	const values = {
		uri: doc.id,
		keyId: doc.publicKey.id,
		publicKeyPem: doc.publicKey.publicKeyPem,
		inbox: doc.inbox,
		sharedInbox: doc.endpoints?.sharedInbox ?? null,
		name: (doc.name ?? doc.preferredUsername ?? '').slice(0, 200),
		handle: doc.preferredUsername ? `${doc.preferredUsername}@${host}`.slice(0, 300) : '',
		url: httpUrl(typeof doc.url === 'string' ? doc.url : doc.url?.href),
		fetchedAt: new Date()
	};
	const [row] = await db
		.insert(remoteActors)
		.values(values)
		.onConflictDoUpdate({ target: remoteActors.uri, set: values })
		.returning();
	return row;
}

/** The actor an HTTP signature's key id belongs to, from the cache or fetched (`refresh`: again). */
export async function actorForKey(
	db: Queryable,
	keyId: string,
	allowPrivateNetworks: boolean,
	refresh = false
): Promise<RemoteActor> {
	if (!refresh) {
		const [cached] = await db
			.select()
			.from(remoteActors)
			.where(eq(remoteActors.keyId, keyId))
			.limit(1);
		if (cached && Date.now() - cached.fetchedAt.getTime() < FRESH_MS) return cached;
	}
	const actor = await fetchRemoteActor(db, withoutFragment(keyId), allowPrivateNetworks);
	if (actor.keyId !== keyId) throw new RemoteActorRefused('the key is not the actor’s');
	return actor;
}

/** A known remote actor by its id, or null. */
export async function knownRemoteActor(db: Queryable, uri: string) {
	const [row] = await db
		.select()
		.from(remoteActors)
		.where(sql`${remoteActors.uri} = ${uri}`);
	return row ?? null;
}
