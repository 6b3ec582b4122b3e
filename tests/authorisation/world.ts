/**
 * The world the authorisation matrix runs in: two chapters, one member per role, and one of each
 * thing a route can be about (a public and a chapter-only post, a draft, a thread and a comment,
 * decisions in each phase, a public and a chapter-only project with a task). Written through the
 * app's own commands where one exists, so the rows are what the app would hold.
 */
import { isNull } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import {
	chapterMemberships,
	chapters,
	forumCategories,
	mandates,
	members,
	projectMembers,
	projects,
	projectTasks
} from '$lib/server/db/schema';
import { createSession, validateSession } from '$lib/server/accounts/sessions';
import { loadActor } from '$lib/server/members/actor';
import { slugify } from '$lib/server/refs';
import { advanceDecision } from '$lib/server/decisions/advance';
import { createDecision, submitDecision } from '$lib/server/decisions/commands';
import { callElection } from '$lib/server/elections/commands';
import { createPost, startThread } from '$lib/server/writing/commands';
import { postComment } from '$lib/server/comments/commands';
import { startConversation } from '$lib/server/messages/commands';
import { governanceFixtures } from './governance';
import { conventionFixtures } from './conventions';
import { aidFixtures } from './aid';
import { moderationFixtures } from './moderation';
import { federationFixtures } from './federation';
import type { Who } from './harness';

export const ROLES = ['visitor', 'friend', 'outsider', 'member', 'author', 'facilitator'] as const;
export type Role = (typeof ROLES)[number];

export type World = {
	who: Record<Role, Who>;
	/** Route parameters by fixture name, e.g. `decision:draft` → the draft's canonical ref. */
	fixtures: Record<string, string>;
};

const later = (hours: number) => new Date(Date.now() + hours * 3_600_000);

export async function buildWorld(db: Db): Promise<World> {
	const [root] = await db
		.select({ id: chapters.id })
		.from(chapters)
		.where(isNull(chapters.parentId));
	const rootId =
		root?.id ??
		(
			await db
				.insert(chapters)
				.values({ kind: 'organisation', name: 'Org', slug: 'org-matrix' })
				.returning({ id: chapters.id })
		)[0].id;
	const [home, away] = await db
		.insert(chapters)
		.values([
			{
				kind: 'local',
				name: 'Recife',
				slug: 'recife-matrix',
				country: 'BR',
				city: 'Recife',
				parentId: rootId
			},
			{
				kind: 'local',
				name: 'Porto',
				slug: 'porto-matrix',
				country: 'PT',
				city: 'Porto',
				parentId: rootId
			}
		])
		.returning({ id: chapters.id, slug: chapters.slug });

	const tiers: Record<Exclude<Role, 'visitor'>, string> = {
		friend: 'friend',
		outsider: 'member',
		member: 'member',
		author: 'member',
		facilitator: 'member'
	};
	const ids = {} as Record<Exclude<Role, 'visitor'>, number>;
	for (const [role, tier] of Object.entries(tiers) as [Exclude<Role, 'visitor'>, string][]) {
		const [row] = await db
			.insert(members)
			.values({
				email: `${role}@example.net`,
				passwordHash: '!',
				handle: role,
				displayName: role,
				country: 'BR',
				tier,
				emailVerifiedAt: new Date()
			})
			.returning({ id: members.id });
		ids[role] = row.id;
		await db
			.insert(chapterMemberships)
			.values({ chapterId: role === 'outsider' ? away.id : home.id, memberId: row.id });
	}
	await db.insert(mandates).values({
		memberId: ids.facilitator,
		role: 'facilitator',
		scopeKind: 'chapter',
		scopeId: home.id
	});

	const who = { visitor: { actor: null, member: null, token: null } } as Record<Role, Who>;
	for (const role of Object.keys(ids) as Exclude<Role, 'visitor'>[]) {
		const { token } = await createSession(db, ids[role], 'matrix');
		const session = await validateSession(db, token);
		who[role] = { actor: await loadActor(db, ids[role]), member: session!.member, token };
	}
	const author = who.author.actor!;
	const member = who.member.actor!;

	// Writing: a public post with a comment, a chapter-only post, a draft, a forum thread.
	const post = (o: Record<string, string>) =>
		createPost(db, author, {
			title: 'Why chapters matter',
			body: 'Chapters are where organising happens.',
			language: 'en',
			tags: 'chapters',
			visibility: 'public',
			publish: 'true',
			...o
		});
	const open = await post({});
	const inChapter = await post({
		title: 'Recife only',
		visibility: 'chapter',
		kind: 'chapter',
		chapterId: String(home.id)
	});
	const draftPost = await post({ title: 'Not yet', publish: '' });
	const comment = await postComment(db, member, 'post', open.id, { body: 'Agreed.' });
	const [category] = await db
		.insert(forumCategories)
		.values({ slug: 'general-matrix', name: 'General' })
		.returning({ id: forumCategories.id, slug: forumCategories.slug });
	const thread = await startThread(db, author, category.id, {
		title: 'Meeting times',
		body: 'When shall we meet?',
		language: 'en'
	});

	// Decisions in Recife, one per phase.
	const proposal = (title: string) =>
		createDecision(db, author, {
			title,
			summary: 'Why.',
			body: 'What we decide.',
			scope: `chapter:${home.id}`,
			ballotType: 'motion',
			discussionDays: '1',
			amendmentDays: '1',
			votingDays: '1'
		});
	const draft = await proposal('A draft');
	const discussion = await proposal('In discussion');
	await submitDecision(db, author, discussion);
	const voting = await proposal('In voting');
	await submitDecision(db, author, voting);
	await advanceDecision(db, voting, later(48.5));
	const closed = await proposal('Closed');
	await submitDecision(db, author, closed);
	await advanceDecision(db, closed, later(24 * 10));
	// An election for Recife's second facilitator seat, in nominations.
	const election = await callElection(db, author, {
		role: 'facilitator',
		scope: `chapter:${home.id}`
	});

	// Projects: a public one and one for Recife's members only, both coordinated by the author.
	const [pub, priv] = await db
		.insert(projects)
		.values([
			{
				title: 'Seed library',
				goals: 'Share seeds.',
				chapterId: home.id,
				proposedBy: ids.author,
				status: 'active'
			},
			{
				title: 'Recife pantry',
				goals: 'Food for all.',
				chapterId: home.id,
				visibility: 'chapter',
				proposedBy: ids.author,
				status: 'active'
			}
		])
		.returning({ id: projects.id, title: projects.title });
	for (const p of [pub, priv])
		await db
			.insert(projectMembers)
			.values({ projectId: p.id, memberId: ids.author, role: 'coordinator' });
	const [task] = await db
		.insert(projectTasks)
		.values({ projectId: pub.id, title: 'Label jars', estimateMinutes: 30, createdBy: ids.author })
		.returning({ id: projectTasks.id });
	const [privTask] = await db
		.insert(projectTasks)
		.values({ projectId: priv.id, title: 'Count tins', estimateMinutes: 30, createdBy: ids.author })
		.returning({ id: projectTasks.id });

	const governance = await governanceFixtures(db, {
		homeId: home.id,
		facilitatorId: ids.facilitator,
		authorId: ids.author
	});

	const conventions = await conventionFixtures(db, author, who.member.actor!, home.id);
	const aid = await aidFixtures(db, author, home.id);
	const moderation = await moderationFixtures(db, {
		authorId: ids.author,
		facilitatorId: ids.facilitator,
		threadId: thread.id,
		draftId: draftPost.id
	});

	const federation = await federationFixtures(db, { authorId: ids.author, postId: open.id });

	// A private conversation between the author and the friend: nobody else may reach it.
	const conversation = await startConversation(db, author, {
		to: 'friend',
		subject: 'Between us',
		body: 'Only for you.'
	});

	const ref = (id: number, title: string) => `${id}-${slugify(title)}`;
	return {
		who,
		fixtures: {
			handle: 'author',
			'chapter:home': home.slug,
			'chapter:away': away.slug,
			forum: category.slug,
			'post:public': ref(open.id, 'Why chapters matter'),
			'post:chapter': ref(inChapter.id, 'Recife only'),
			'post:draft': ref(draftPost.id, 'Not yet'),
			'thread:open': ref(thread.id, 'Meeting times'),
			'comment:open': String(comment.id),
			'decision:draft': ref(draft, 'A draft'),
			'decision:discussion': ref(discussion, 'In discussion'),
			'decision:voting': ref(voting, 'In voting'),
			'decision:closed': ref(closed, 'Closed'),
			'decision-id:draft': String(draft),
			'decision-id:discussion': String(discussion),
			'decision-id:closed': String(closed),
			'election-id:nominations': String(election.id),
			'project:public': ref(pub.id, pub.title),
			'project:private': ref(priv.id, priv.title),
			'project-id:public': String(pub.id),
			'project-id:private': String(priv.id),
			'task:public': String(task.id),
			'task:private': String(privTask.id),
			'post-id:public': String(open.id),
			'post-id:chapter': String(inChapter.id),
			'post-id:draft': String(draftPost.id),
			'scope:home': `chapter:${home.id}`,
			'chapter-id:home': String(home.id),
			'chapter-id:away': String(away.id),
			'scope:away': `chapter:${away.id}`,
			'member-id:member': String(ids.member),
			'member-id:author': String(ids.author),
			'member-id:outsider': String(ids.outsider),
			'conversation-id:private': String(conversation.id),
			'message-id:private': String(conversation.messageId),
			media: 'missing.webp',
			token: 'not-a-real-token',
			...governance,
			...conventions,
			...aid,
			...moderation,
			...federation
		}
	};
}
