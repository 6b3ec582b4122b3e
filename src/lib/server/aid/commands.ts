/**
 * The mutual aid board's commands: post an offer or a request, edit it, mark it fulfilled,
 * withdraw it. Each runs through the pipeline: the post loaded with its lock, the policy asked,
 * the rules checked (a place among the author's chapters, an expiry within the bounds), the
 * change written and the event appended, in one transaction.
 */
import { eq } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { inChapter, type Actor } from '$lib/domain/members/actor';
import { expiryBounds, expiryFor } from '$lib/domain/aid/rules';
import { aidPosts } from '$lib/server/db/schema';
import { command } from '$lib/server/command';
import { Invalid, NotFound } from '$lib/server/errors';
import { isLanguageCode } from '$lib/server/geo/languages';
import { LIMITS } from '$lib/server/limits';
import { parseInput } from '$lib/server/validation';
import { eventAbout } from '$lib/server/events/about';
import { aidInput, type AidInput } from '$lib/schemas/aid';
import { can, type AidAction, type AidSubject } from './policy';
import { aidUrl } from './paths';

type Loaded = AidSubject & { id: number; title: string };

/** The post, locked for the change; NotFound for one the actor may not see. */
async function loadAidPost(tx: Tx, actor: Actor, id: number): Promise<Loaded> {
	const [row] = await tx
		.select({
			id: aidPosts.id,
			title: aidPosts.title,
			authorId: aidPosts.authorId,
			status: aidPosts.status,
			expiresAt: aidPosts.expiresAt
		})
		.from(aidPosts)
		.where(eq(aidPosts.id, id))
		.for('update');
	const post = row && { ...row, current: row.expiresAt > new Date() };
	if (!post || !can(actor, 'view', post)) throw new NotFound('aid_error_not_found');
	return post;
}

/** The load and allow steps of a command on one post. */
function onPost(action: AidAction) {
	return {
		load: (tx: Tx, actor: Actor, input: { id: number }) => loadAidPost(tx, actor, input.id),
		allow: (actor: Actor, post: Loaded) => can(actor, action, post),
		forbidden: 'aid_error_not_yours' as const
	};
}

/** The place is one of the author's chapters (or remote), the language known, the expiry in bounds. */
function checkPost(input: AidInput, actor: Actor, now = new Date()): Date {
	if (input.chapterId !== null && !inChapter(actor, input.chapterId))
		throw new Invalid('error_form', { chapterId: 'aid_error_not_in_chapter' });
	if (!isLanguageCode(input.language))
		throw new Invalid('error_form', { language: 'error_invalid_value' });
	const expiry = expiryFor(input.expiresOn ?? expiryBounds(now).default, now);
	if (!expiry.ok)
		throw new Invalid('error_form', {
			expiresOn:
				expiry.reason === 'past'
					? 'aid_error_expiry_past'
					: expiry.reason === 'far'
						? 'aid_error_expiry_far'
						: 'aid_error_expiry_date'
		});
	return expiry.expiresAt;
}

const fields = (input: AidInput, expiresAt: Date) => ({
	kind: input.kind,
	category: input.category,
	chapterId: input.chapterId,
	language: input.language,
	title: input.title,
	body: input.body,
	expiresAt
});

/** Put an offer or a request on the board. */
export const postAid = command({
	limit: LIMITS.post,
	input: (raw: unknown) => parseInput(aidInput, raw),
	load: async () => null,
	allow: (actor) => can(actor, 'post', null),
	forbidden: 'aid_error_cannot_post',
	check: () => {},
	run: async (tx, actor, _s, input) => {
		const [post] = await tx
			.insert(aidPosts)
			.values({ ...fields(input, checkPost(input, actor)), authorId: actor.id })
			.returning({ id: aidPosts.id, title: aidPosts.title });
		return { id: post.id, url: aidUrl(post) };
	},
	event: (out, _s, input, actor) =>
		eventAbout('aid-post', out.id, actor.id, {
			type: 'aid.posted',
			data: { kind: input.kind, category: input.category, chapterId: input.chapterId }
		})
});

/** Change one's own open post (a new expiry puts an expired one back on the board). */
export const editAid = command({
	input: (id: number, raw: unknown) => ({ id, ...parseInput(aidInput, raw) }),
	...onPost('edit'),
	run: async (tx, actor, _post, input) => {
		const [post] = await tx
			.update(aidPosts)
			.set({ ...fields(input, checkPost(input, actor)), updatedAt: new Date() })
			.where(eq(aidPosts.id, input.id))
			.returning({ id: aidPosts.id, title: aidPosts.title });
		return { id: post.id, url: aidUrl(post) };
	},
	event: (out, _s, _i, actor) => eventAbout('aid-post', out.id, actor.id, { type: 'aid.edited' })
});

/** The help was given or found: the post leaves the board and stays, fulfilled, on its author's list. */
export const fulfilAid = command({
	input: (id: number) => ({ id }),
	...onPost('fulfil'),
	run: async (tx, _actor, post) => {
		const now = new Date();
		await tx
			.update(aidPosts)
			.set({ status: 'fulfilled', fulfilledAt: now, updatedAt: now })
			.where(eq(aidPosts.id, post.id));
		return { id: post.id, url: '/aid/mine' };
	},
	event: (out, _s, _i, actor) => eventAbout('aid-post', out.id, actor.id, { type: 'aid.fulfilled' })
});

/** Take one's post off the board without it having been fulfilled. */
export const withdrawAid = command({
	input: (id: number) => ({ id }),
	...onPost('withdraw'),
	run: async (tx, _actor, post) => {
		await tx
			.update(aidPosts)
			.set({ status: 'withdrawn', updatedAt: new Date() })
			.where(eq(aidPosts.id, post.id));
		return { id: post.id, url: '/aid/mine' };
	},
	event: (out, _s, _i, actor) => eventAbout('aid-post', out.id, actor.id, { type: 'aid.withdrawn' })
});
