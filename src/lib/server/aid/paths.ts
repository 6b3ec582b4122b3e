import { slugify } from '$lib/server/refs';

/** A post's address: `/aid/12-spare-room-for-a-week`. */
export function aidUrl(post: { id: number; title: string }): string {
	return `/aid/${post.id}-${slugify(post.title)}`;
}

/**
 * Where "Answer by private message" leads: a new message to the author, its subject the post's
 * title (messages are their own area; the board only links to them).
 */
export function answerUrl(handle: string, title: string): string {
	return `/messages/new?to=${encodeURIComponent(handle)}&subject=${encodeURIComponent(title)}`;
}
