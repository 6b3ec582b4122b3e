import { commentFormFor } from '$lib/components/writing/comment-form';
import type { PageLoad } from './$types';

// The comment form's code only for a viewer who will see the form.
export const load: PageLoad = async ({ data }) => ({
	...data,
	CommentForm: await commentFormFor(data.discussion)
});
