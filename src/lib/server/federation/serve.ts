import { sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { config } from '$lib/server/config';
import { timeCursor } from '$lib/server/paging';
import type { Locale } from '$lib/server/i18n';
import { goneActorName, localActor, type LocalActor } from './actors';
import { followerCount } from './delivery';
import { ACTIVITY_JSON, CONTEXT, actorDocument, postActivity, postObject } from './documents';
import { actorUrls, parseAcct, parseActorName, postObjectId } from './names';
import { federatedPost, outboxPage, outboxSize } from './posts';

/**
 * What the federation URLs answer to a GET. Everything here is public by construction: an actor
 * that does not federate (a member who has not opted in, federation turned off) answers 404 like
 * one that does not exist, so nobody can tell the two apart.
 */
const json = (body: unknown, type = ACTIVITY_JSON) =>
	new Response(JSON.stringify(body), {
		headers: {
			'content-type': `${type}; charset=utf-8`,
			'cache-control': 'public, max-age=60',
			vary: 'accept',
			'access-control-allow-origin': '*'
		}
	});

const notFound = () =>
	new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });

/**
 * 410 Gone with a Tombstone, for a member's blog that federated and no longer does, or a post that
 * did and was deleted: a server that asks again (to check a key, or because it missed our Delete)
 * learns it is gone for good, as Mastodon answers for a deleted account or status.
 */
const gone = (id: string, formerType?: string) =>
	new Response(
		JSON.stringify({
			'@context': CONTEXT,
			id,
			type: 'Tombstone',
			...(formerType && { formerType })
		}),
		{ status: 410, headers: { 'content-type': `${ACTIVITY_JSON}; charset=utf-8` } }
	);

/**
 * Whether its author deleted a post that visitors could read: the deletion's event says so
 * (writing/commands.ts), found through the events' subject index. A post that was never public
 * stays unknown, so its address tells nothing that was not already told.
 */
async function postWithdrawn(db: Queryable, id: number): Promise<boolean> {
	const found = await db.execute(sql`
		select 1 from events where subject_type = 'post' and subject_id = ${id}
			and type = 'post.deleted' and (data->>'public')::boolean limit 1`);
	return found.rows.length > 0;
}

/** Our actor of that name, or the answer for none: 410 for a withdrawn blog, else 404. */
async function actorNamed(
	db: Queryable,
	url: URL,
	name: string,
	locale?: Locale
): Promise<LocalActor | Response> {
	if (!config().federation.enabled) return notFound();
	const ref = parseActorName(name);
	if (!ref) return notFound();
	const actor = await localActor(db, ref, locale);
	if (actor) return actor;
	const was = await goneActorName(db, ref);
	return was ? gone(actorUrls(url.origin, was).id, 'Person') : notFound();
}

/** RFC 7033: `acct:name@host` to the actor's URL, for our own host only. */
export async function webfinger(db: Queryable, url: URL): Promise<Response> {
	const resource = url.searchParams.get('resource');
	if (!resource)
		return new Response('resource is required', {
			status: 400,
			headers: { 'content-type': 'text/plain' }
		});
	let name: string | null = null;
	const acct = parseAcct(resource);
	if (acct && acct.host === url.host.toLowerCase()) name = acct.name;
	const prefix = `${url.origin}/ap/actors/`;
	if (resource.startsWith(prefix)) name = decodeURIComponent(resource.slice(prefix.length));
	if (!name) return notFound();
	const actor = await actorNamed(db, url, name);
	if (actor instanceof Response) return actor;
	const urls = actorUrls(url.origin, actor.name);
	return json(
		{
			subject: `acct:${actor.name}@${url.host}`,
			aliases: [urls.id, `${url.origin}${actor.pagePath}`],
			links: [
				{ rel: 'self', type: ACTIVITY_JSON, href: urls.id },
				{
					rel: 'http://webfinger.net/rel/profile-page',
					type: 'text/html',
					href: `${url.origin}${actor.pagePath}`
				}
			]
		},
		'application/jrd+json'
	);
}

export async function actorResponse(db: Queryable, url: URL, name: string, locale: Locale) {
	const actor = await actorNamed(db, url, name, locale);
	return actor instanceof Response ? actor : json(actorDocument(url.origin, actor));
}

/**
 * The outbox: an OrderedCollection saying how many posts it holds and pointing at its first page;
 * pages go back in time by a keyset cursor (`?page=true` or `?page=CURSOR`), each item a Create of
 * a public post, each page naming the next while there is one.
 */
export async function outboxResponse(db: Queryable, url: URL, name: string) {
	const actor = await actorNamed(db, url, name);
	if (actor instanceof Response) return actor;
	const urls = actorUrls(url.origin, actor.name);
	const page = url.searchParams.get('page');
	if (!page)
		return json({
			'@context': CONTEXT,
			id: urls.outbox,
			type: 'OrderedCollection',
			totalItems: await outboxSize(db, actor),
			first: `${urls.outbox}?page=true`
		});
	let before;
	try {
		before = page === 'true' ? undefined : timeCursor(page);
	} catch {
		return new Response('Bad page', { status: 400, headers: { 'content-type': 'text/plain' } });
	}
	const { posts, next } = await outboxPage(db, actor, before);
	return json({
		'@context': CONTEXT,
		id: `${urls.outbox}?page=${encodeURIComponent(page)}`,
		type: 'OrderedCollectionPage',
		partOf: urls.outbox,
		orderedItems: posts.map((p) =>
			postActivity(url.origin, actor, 'Create', p.id, postObject(url.origin, actor, p), 'outbox')
		),
		...(next ? { next: `${urls.outbox}?page=${encodeURIComponent(next)}` } : {})
	});
}

/** How many follow the actor, never who: a list of followers would map a member's readers. */
export async function followersResponse(db: Queryable, url: URL, name: string) {
	const actor = await actorNamed(db, url, name);
	if (actor instanceof Response) return actor;
	return json({
		'@context': CONTEXT,
		id: actorUrls(url.origin, actor.name).followers,
		type: 'OrderedCollection',
		totalItems: await followerCount(db, actor.id)
	});
}

/** One post as an Article, while it federates. */
export async function objectResponse(db: Queryable, url: URL, id: string) {
	if (!config().federation.enabled || !/^[1-9][0-9]{0,15}$/.test(id)) return notFound();
	const found = await federatedPost(db, Number(id));
	if (!found)
		return (await postWithdrawn(db, Number(id)))
			? gone(postObjectId(url.origin, Number(id)))
			: notFound();
	return json({ '@context': CONTEXT, ...postObject(url.origin, found.actor, found.post) });
}
