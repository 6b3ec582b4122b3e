/**
 * How our actors are named. A member's blog is their handle; chapters and the organisation take a
 * name with a dot, which no member handle can hold (handles are letters, digits and `_`), so a
 * chapter can never be mistaken for a member, whatever either is called.
 */
export type ActorRef =
	{ kind: 'member'; handle: string } | { kind: 'chapter'; slug: string } | { kind: 'organisation' };

export const ORGANISATION_NAME = 'organisation.blog';
const CHAPTER_PREFIX = 'chapter.';

/** The name in `acct:NAME@host` and in `/ap/actors/NAME`, or null for none of ours. */
export function parseActorName(name: string): ActorRef | null {
	const lower = name.toLowerCase();
	if (lower === ORGANISATION_NAME) return { kind: 'organisation' };
	if (lower.startsWith(CHAPTER_PREFIX)) {
		const slug = lower.slice(CHAPTER_PREFIX.length);
		return /^[a-z0-9][a-z0-9-]*$/.test(slug) ? { kind: 'chapter', slug } : null;
	}
	return /^[a-z][a-z0-9_]{0,63}$/i.test(name) ? { kind: 'member', handle: name } : null;
}

export function actorName(ref: ActorRef): string {
	if (ref.kind === 'organisation') return ORGANISATION_NAME;
	if (ref.kind === 'chapter') return `${CHAPTER_PREFIX}${ref.slug}`;
	return ref.handle;
}

/** Every URL an actor answers at (docs/federation.md lists them). */
export function actorUrls(origin: string, name: string) {
	const id = `${origin}/ap/actors/${encodeURIComponent(name)}`;
	return {
		id,
		key: `${id}#main-key`,
		inbox: `${id}/inbox`,
		outbox: `${id}/outbox`,
		followers: `${id}/followers`,
		sharedInbox: `${origin}/ap/inbox`
	};
}

export const postObjectId = (origin: string, postId: number) => `${origin}/ap/posts/${postId}`;

/** Our post's id from an object id (a reply's `inReplyTo`), or null when it names none of ours. */
export function postIdOf(origin: string, objectId: unknown): number | null {
	if (typeof objectId !== 'string') return null;
	const prefix = `${origin}/ap/posts/`;
	if (!objectId.startsWith(prefix)) return null;
	const rest = objectId.slice(prefix.length);
	return /^[1-9][0-9]{0,15}$/.test(rest) ? Number(rest) : null;
}

/** `acct:name@host` (or `name@host`, `@name@host`) split, or null. */
export function parseAcct(resource: string): { name: string; host: string } | null {
	const m = /^(?:acct:)?@?([^@\s/]+)@([^@\s/]+)$/i.exec(resource.trim());
	return m ? { name: m[1], host: m[2].toLowerCase() } : null;
}
