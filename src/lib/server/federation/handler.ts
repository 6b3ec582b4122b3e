import { eq } from 'drizzle-orm';
import type { EventHandler } from '$lib/server/events/dispatcher';
import type { Queryable } from '$lib/server/db/client';
import { juryCases, members, posts } from '$lib/server/db/schema';
import { hides } from '$lib/domain/moderation/jury';
import { config } from '$lib/server/config';
import { siteOrigin } from '$lib/server/notifications/mail';
import { localActor } from './actors';
import { CONTEXT, PUBLIC, actorDocument, postActivity, postObject } from './documents';
import { enqueueDelivery, followerInboxes } from './delivery';
import { federatedPost } from './posts';
import { deliverPostDelete, withdrawMemberActor } from './withdraw';

/**
 * A post published or edited goes to the followers of the actor whose voice it is: Create when it
 * is published, Update when edited while public, Delete when an edit took it out of public view
 * (made members-only, say), a jury hid it or it was deleted; a post an appeal shows again is sent
 * as an Update. A member's blog that stops federating (turned off, or the account deleted) is
 * withdrawn as a whole (withdraw.ts). Only rows are written here, in the dispatcher's
 * transaction; the delivery worker sends them, so no request ever waits on another server.
 */
export const federationHandler: EventHandler = {
	name: 'federation',
	types: [
		'post.published',
		'post.edited',
		'post.deleted',
		'jury-case.decided',
		'member.profile-updated',
		'member.privacy-updated',
		'member.federation-changed',
		'member.deleted'
	],
	handle: async (tx, event) => {
		if (!config().federation.enabled) return;
		if (event.type === 'member.profile-updated' || event.type === 'member.privacy-updated') {
			await deliverActor(tx, event.subjectId, `${event.id}`);
			return;
		}
		if (event.type === 'member.federation-changed' || event.type === 'member.deleted') {
			await withdrawMemberActor(tx, event.subjectId, `${event.id}`, siteOrigin());
			return;
		}
		if (event.type === 'post.deleted') {
			const { public: shown, ...voice } = event.data;
			if (shown) await deliverPostDelete(tx, voice, event.subjectId, `${event.id}`, siteOrigin());
			return;
		}
		if (event.type === 'jury-case.decided') {
			const post = await postJudged(tx, event.subjectId);
			if (post) await deliverPost(tx, post, 'Update', `${event.id}`);
			return;
		}
		await deliverPost(
			tx,
			event.subjectId,
			event.type === 'post.published' ? 'Create' : 'Update',
			`${event.id}`
		);
	}
};

/**
 * The post a decided case changed for the world, or null: a hiding verdict takes it out of public
 * view; a first verdict that keeps it changes nothing, an appeal's may show it again.
 */
async function postJudged(tx: Queryable, caseId: number): Promise<number | null> {
	const [c] = await tx
		.select({
			subjectType: juryCases.subjectType,
			subjectId: juryCases.subjectId,
			verdict: juryCases.verdict,
			appealOf: juryCases.appealOf
		})
		.from(juryCases)
		.where(eq(juryCases.id, caseId));
	if (c?.subjectType !== 'post' || !c.verdict) return null;
	return hides(c.verdict) || c.appealOf ? c.subjectId : null;
}

export async function deliverPost(
	tx: Queryable,
	postId: number,
	type: 'Create' | 'Update',
	stamp: string,
	origin = siteOrigin()
): Promise<number> {
	const found = await federatedPost(tx, postId);
	if (found) {
		const inboxes = await followerInboxes(tx, found.actor.id);
		const object = postObject(origin, found.actor, found.post);
		return enqueueDelivery(
			tx,
			found.actor.id,
			inboxes,
			postActivity(origin, found.actor, type, postId, object, stamp)
		);
	}
	if (type === 'Create') return 0;
	// No longer public: those who were sent it are told to drop it.
	const [post] = await tx
		.select({ kind: posts.kind, authorId: posts.authorId, chapterId: posts.chapterId })
		.from(posts)
		.where(eq(posts.id, postId));
	return post ? deliverPostDelete(tx, post, postId, stamp, origin) : 0;
}

/**
 * A member who changed their name, or whether it is shown in full, is sent again to the followers
 * of their blog as an Update of the actor, so other servers stop showing the name they had.
 */
export async function deliverActor(
	tx: Queryable,
	memberId: number,
	stamp: string,
	origin = siteOrigin()
): Promise<number> {
	const [m] = await tx
		.select({ handle: members.handle })
		.from(members)
		.where(eq(members.id, memberId));
	const actor = m && (await localActor(tx, { kind: 'member', handle: m.handle }));
	if (!actor) return 0;
	const doc = actorDocument(origin, actor);
	return enqueueDelivery(tx, actor.id, await followerInboxes(tx, actor.id), {
		'@context': CONTEXT,
		id: `${doc.id}#update-${stamp}`,
		type: 'Update',
		actor: doc.id,
		to: [PUBLIC],
		object: doc
	});
}
