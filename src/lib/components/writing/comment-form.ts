import type CommentForm from './CommentForm.svelte';

/**
 * The comment form's code (with its image attachment), for a page's load to hand to `Comments`.
 * It is fetched only when the viewer can write a comment there: a visitor, or a member on a
 * locked discussion, never sees the form, so their browser does not download it.
 */
export async function commentFormFor(
	discussion: { canComment: boolean; subject: { locked: boolean } } | null
): Promise<typeof CommentForm | null> {
	return discussion?.canComment && !discussion.subject.locked
		? (await import('./CommentForm.svelte')).default
		: null;
}
