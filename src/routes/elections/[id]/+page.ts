import { commentFormFor } from '$lib/components/writing/comment-form';
import type { PageLoad } from './$types';

/**
 * Parts only some viewers see, fetched only by them (see the decision page's load): the comment
 * form for a viewer who can comment, and the unlinkable ballot's client for an elector whose vote
 * goes through it.
 */
export const load: PageLoad = async ({ data }) => {
	const [CommentForm, unlinkable] = await Promise.all([
		commentFormFor(data.discussion),
		data.ballot && data.election.unlinkable && !data.ballot.current
			? import('$lib/components/unlinkable/UnlinkableBallot.svelte')
			: null
	]);
	return { ...data, CommentForm, UnlinkableBallot: unlinkable?.default ?? null };
};
