import { renderMarkdown } from '$lib/server/writing/markdown';
import type { LocalActor } from './actors';
import { actorUrls, postObjectId } from './names';

/**
 * The JSON-LD documents we serve, in compacted form against the ActivityStreams and security
 * contexts named by URL. Nothing here expands or fetches a context: the documents are written in
 * the compacted shape every server reads (docs/federation.md, "JSON-LD").
 */
export const CONTEXT = ['https://www.w3.org/ns/activitystreams', 'https://w3id.org/security/v1'];
export const PUBLIC = 'https://www.w3.org/ns/activitystreams#Public';
export const ACTIVITY_JSON = 'application/activity+json';

const TYPES = { member: 'Person', chapter: 'Group', organisation: 'Organization' } as const;

export function actorDocument(origin: string, actor: LocalActor) {
	const urls = actorUrls(origin, actor.name);
	return {
		'@context': CONTEXT,
		id: urls.id,
		type: TYPES[actor.kind],
		preferredUsername: actor.name,
		name: actor.displayName,
		url: `${origin}${actor.pagePath}`,
		inbox: urls.inbox,
		outbox: urls.outbox,
		followers: urls.followers,
		endpoints: { sharedInbox: urls.sharedInbox },
		// Follows are accepted at once: the blog is public anyway.
		manuallyApprovesFollowers: false,
		discoverable: true,
		publicKey: { id: urls.key, owner: urls.id, publicKeyPem: actor.publicKeyPem }
	};
}

export type FederatedPost = {
	id: number;
	title: string;
	body: string;
	language: string;
	tags: string[];
	url: string;
	publishedAt: Date | null;
	updatedAt: Date;
};

/** A post as an Article, public, addressed to the actor's followers too. */
export function postObject(origin: string, actor: LocalActor, post: FederatedPost) {
	const urls = actorUrls(origin, actor.name);
	const edited = post.publishedAt && post.updatedAt.getTime() - post.publishedAt.getTime() > 1000;
	return {
		id: postObjectId(origin, post.id),
		type: 'Article',
		attributedTo: urls.id,
		name: post.title,
		// The same safe HTML the page shows (Markdown rendered with raw HTML off).
		content: renderMarkdown(post.body),
		contentMap: { [post.language]: renderMarkdown(post.body) },
		url: `${origin}${post.url}`,
		published: (post.publishedAt ?? post.updatedAt).toISOString(),
		...(edited ? { updated: post.updatedAt.toISOString() } : {}),
		to: [PUBLIC],
		cc: [urls.followers],
		tag: post.tags.map((t) => ({
			type: 'Hashtag',
			name: `#${t}`,
			href: `${origin}/blog?tag=${encodeURIComponent(t)}`
		}))
	};
}

/** Create, Update or Delete of a post, as the actor's activity. */
export function postActivity(
	origin: string,
	actor: LocalActor,
	type: 'Create' | 'Update' | 'Delete',
	postId: number,
	object: ReturnType<typeof postObject> | null,
	stamp: string
) {
	const urls = actorUrls(origin, actor.name);
	const objectId = postObjectId(origin, postId);
	return {
		'@context': CONTEXT,
		id: `${objectId}#${type.toLowerCase()}-${stamp}`,
		type,
		actor: urls.id,
		to: [PUBLIC],
		cc: [urls.followers],
		object: object ?? { id: objectId, type: 'Tombstone' }
	};
}
