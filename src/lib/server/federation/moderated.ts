/**
 * Replies from other servers before the moderation juries (moderation/subjects.ts), like any
 * comment: members flag them, enough flags open a case, a jury's verdict hides or shows the reply
 * here. No member wrote it, so the case has no author: nobody is suspended (a suspension would
 * bind no one here) and nobody appeals. Hiding is local: the reply is its own server's object, and
 * asking that server to delete it is not ours to do; what we stop is showing it.
 */
import '$lib/server/commentables';
import { eq } from 'drizzle-orm';
import type { Actor } from '$lib/domain/members/actor';
import type { Tx } from '$lib/server/db/client';
import { posts, remoteReplies } from '$lib/server/db/schema';
import { config } from '$lib/server/config';
import { NotFound } from '$lib/server/errors';
import { loadSubject } from '$lib/server/comments/registry';
import { registerModerationSubject } from '$lib/server/moderation/subjects';
import { slugify } from '$lib/server/refs';
import { commenters, setHidden } from '$lib/server/writing/moderated';
import { markdownLiteral } from './text';

/** A reply as a flag needs it: shown under a post the actor may read, else it does not exist. */
export async function flaggableRemoteReply(tx: Tx, actor: Actor, id: number) {
	const [reply] = await tx
		.select({ postId: remoteReplies.postId, hiddenAt: remoteReplies.hiddenAt })
		.from(remoteReplies)
		.where(eq(remoteReplies.id, id));
	if (!config().federation.enabled || !reply || reply.hiddenAt)
		throw new NotFound('comment_error_not_found');
	await loadSubject(tx, actor, 'post', reply.postId);
	return { authorId: null };
}

registerModerationSubject('remote-reply', {
	async load(tx, id) {
		const [reply] = await tx
			.select({
				text: remoteReplies.text,
				postId: posts.id,
				title: posts.title,
				postAuthorId: posts.authorId
			})
			.from(remoteReplies)
			.innerJoin(posts, eq(posts.id, remoteReplies.postId))
			.where(eq(remoteReplies.id, id));
		if (!reply) return null;
		return {
			authorId: null,
			body: markdownLiteral(reply.text),
			title: reply.title,
			url: `/posts/${reply.postId}-${slugify(reply.title)}#remote-reply-${id}`,
			// Those who took part in the discussion under the post do not judge a reply in it.
			participantIds: [reply.postAuthorId, ...(await commenters(tx, 'post', reply.postId))]
		};
	},
	setHidden: setHidden(remoteReplies)
});
