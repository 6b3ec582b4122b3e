/**
 * A project's life and membership: propose, edit, move its status, join and leave, pass the
 * coordination on, post an update. Tasks and effort are in tasks.ts. Every command runs through
 * the pipeline: the project is loaded with its lock, the policy asked, the rules checked, the
 * change written and the event appended, in one transaction.
 */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Queryable, Tx } from '$lib/server/db/client';
import { inChapter, type Actor } from '$lib/domain/members/actor';
import {
	chapters,
	posts,
	projectMembers,
	projectTasks,
	projectUpdates,
	projects
} from '$lib/server/db/schema';
import { command } from '$lib/server/command';
import { LIMITS } from '$lib/server/limits';
import { Invalid, type MessageKey } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import { checkDailyStarts, insertPost } from '$lib/server/writing/commands';
import { canMoveStatus } from '$lib/domain/work/status';
import { assignInput, projectInput, statusInput, updateInput } from '$lib/schemas/projects';
import { can, type ProjectAction } from './policy';
import {
	currentStint,
	isCurrentMember,
	loadProject,
	projectUrl,
	type ProjectLock
} from './context';
import { eventAbout } from '$lib/server/events/about';

type Loaded = Awaited<ReturnType<typeof loadProject>>;

/** The load and allow steps of a command on one project: its lock, its action, its refusal. */
function onProject(
	action: ProjectAction,
	lock: ProjectLock,
	forbidden: MessageKey = 'error_forbidden'
) {
	return {
		load: (tx: Tx, actor: Actor, input: { projectId: number }) =>
			loadProject(tx, actor, input.projectId, lock),
		allow: (actor: Actor, loaded: Loaded) => can(actor, action, loaded.subject),
		forbidden
	};
}

/** A project's chapter must exist and be one of the proposer's; a chapter project needs one. */
async function checkChapter(
	tx: Queryable,
	actor: Actor,
	input: { chapterId?: number; visibility: string }
) {
	if (input.visibility === 'chapter' && !input.chapterId)
		throw new Invalid('error_form', { chapterId: 'project_error_chapter_needed' });
	if (!input.chapterId) return;
	const [chapter] = await tx
		.select({ id: chapters.id })
		.from(chapters)
		.where(eq(chapters.id, input.chapterId));
	if (!chapter || !inChapter(actor, chapter.id))
		throw new Invalid('error_form', { chapterId: 'project_error_not_in_chapter' });
}

const describeInput = (raw: unknown) => parseInput(projectInput, raw);

/** Propose a project; the proposer is its first coordinator. */
export const proposeProject = command({
	limit: LIMITS.project,
	input: describeInput,
	load: async () => null,
	allow: (actor) => can(actor, 'propose', null),
	forbidden: 'project_error_cannot_propose',
	check: (_s, input, actor, tx) => checkChapter(tx, actor, input),
	run: async (tx, actor, _s, input) => {
		const [project] = await tx
			.insert(projects)
			.values({
				title: input.title,
				goals: input.goals,
				needs: input.needs,
				language: input.language,
				chapterId: input.chapterId ?? null,
				visibility: input.visibility,
				proposedBy: actor.id
			})
			.returning({ id: projects.id, title: projects.title });
		await tx
			.insert(projectMembers)
			.values({ projectId: project.id, memberId: actor.id, role: 'coordinator' });
		return { id: project.id, url: projectUrl(project) };
	},
	event: (out, _s, input, actor) =>
		eventAbout('project', out.id, actor.id, {
			type: 'project.proposed',
			data: { chapterId: input.chapterId ?? null, visibility: input.visibility }
		})
});

/** Edit a project's description (its coordinator). */
export const editProject = command({
	input: (projectId: number, raw: unknown) => ({ projectId, ...describeInput(raw) }),
	...onProject('edit', 'update'),
	check: (_s, input, actor, tx) => checkChapter(tx, actor, input),
	run: async (tx, _actor, _s, input) => {
		const chapterId = input.chapterId ?? null;
		await tx
			.update(projects)
			.set({
				title: input.title,
				goals: input.goals,
				needs: input.needs,
				language: input.language,
				chapterId,
				visibility: input.visibility,
				updatedAt: new Date()
			})
			.where(eq(projects.id, input.projectId));
		// The project's updates are read by whoever may see the project, now as before.
		await tx
			.update(posts)
			.set({
				visibility: input.visibility,
				chapterId: input.visibility === 'chapter' ? chapterId : null
			})
			.where(
				inArray(
					posts.id,
					tx
						.select({ id: projectUpdates.postId })
						.from(projectUpdates)
						.where(eq(projectUpdates.projectId, input.projectId))
				)
			);
		return { url: projectUrl({ id: input.projectId, title: input.title }) };
	},
	event: (_out, _s, input, actor) =>
		eventAbout('project', input.projectId, actor.id, { type: 'project.edited' })
});

/** Move a project along its life (its coordinator): see canMoveStatus. */
export const changeProjectStatus = command({
	input: (projectId: number, raw: unknown) => ({ projectId, ...parseInput(statusInput, raw) }),
	...onProject('change-status', 'update'),
	check: (loaded, input) => {
		if (!canMoveStatus(loaded.project.status, input.status))
			throw new Invalid('error_form', { status: 'project_error_status_move' });
	},
	run: async (tx, _actor, _s, input) => {
		await tx
			.update(projects)
			.set({ status: input.status, updatedAt: new Date() })
			.where(eq(projects.id, input.projectId));
		return { status: input.status };
	},
	event: (out, loaded, input, actor) =>
		eventAbout('project', input.projectId, actor.id, {
			type: 'project.status-changed',
			data: { from: loaded.project.status, to: out.status }
		})
});

/** Join a project (open projects; a chapter's project for members of that chapter). */
export const joinProject = command({
	input: (projectId: number) => ({ projectId }),
	...onProject('join', 'share', 'project_error_cannot_join'),
	run: async (tx, actor, loaded, input) => {
		await tx
			.insert(projectMembers)
			.values({ projectId: input.projectId, memberId: actor.id, role: 'member' });
		return { url: loaded.url };
	},
	event: (_out, _s, input, actor) =>
		eventAbout('project', input.projectId, actor.id, { type: 'project.joined' }),
	conflicts: { project_members_current_key: 'project_error_already_member' }
});

/**
 * Leave a project. The member's claimed tasks go back to the list; if they coordinated, the
 * role is open for any member to take. Their logged effort stays in the project's history.
 */
export const leaveProject = command({
	input: (projectId: number) => ({ projectId }),
	...onProject('leave', 'share', 'project_error_not_member'),
	run: async (tx, actor, _s, { projectId }) => {
		await tx
			.update(projectMembers)
			.set({ leftAt: new Date() })
			.where(currentStint(projectId, actor.id));
		await releaseClaims(tx, projectId, actor.id);
	},
	event: (_out, _s, input, actor) =>
		eventAbout('project', input.projectId, actor.id, { type: 'project.left' })
});

async function releaseClaims(tx: Queryable, projectId: number, memberId: number) {
	await tx
		.update(projectTasks)
		.set({ status: 'open', assigneeId: null })
		.where(
			and(
				eq(projectTasks.projectId, projectId),
				eq(projectTasks.assigneeId, memberId),
				eq(projectTasks.status, 'claimed')
			)
		);
}

async function setCoordinator(tx: Queryable, projectId: number, memberId: number) {
	const now = new Date();
	// Whoever coordinates next, an offer still open is answered by this change.
	await tx.update(projects).set({ coordinationOfferedTo: null }).where(eq(projects.id, projectId));
	await tx
		.update(projectMembers)
		.set({ role: 'member', roleSince: now })
		.where(
			and(
				eq(projectMembers.projectId, projectId),
				eq(projectMembers.role, 'coordinator'),
				isNull(projectMembers.leftAt)
			)
		);
	await tx
		.update(projectMembers)
		.set({ role: 'coordinator', roleSince: now })
		.where(currentStint(projectId, memberId));
}

/**
 * The coordinator role rotates: the coordinator offers it to another member, who takes it or
 * declines it; when nobody holds it or the term is over, any member takes it.
 */
export const takeCoordination = command({
	input: (projectId: number) => ({ projectId }),
	...onProject('take-coordination', 'update', 'project_error_coordination_taken'),
	run: (tx, actor, _s, { projectId }) => setCoordinator(tx, projectId, actor.id),
	event: (_out, loaded, input, actor) =>
		eventAbout('project', input.projectId, actor.id, {
			type: 'project.coordinator-changed',
			data: { from: loaded.coordinator?.memberId ?? null, to: actor.id }
		}),
	conflicts: { project_members_coordinator_key: 'project_error_coordination_taken' }
});

export const handOverCoordination = command({
	input: (projectId: number, raw: unknown) => ({
		projectId,
		memberId: parseInput(assignInput, raw).memberId
	}),
	...onProject('hand-over', 'update'),
	check: async (_s, { projectId, memberId }, actor, tx) => {
		if (!memberId || memberId === actor.id || !(await isCurrentMember(tx, projectId, memberId)))
			throw new Invalid('error_form', { memberId: 'project_error_not_a_project_member' });
	},
	// An offer, not an appointment: the member becomes coordinator only by taking it.
	run: async (tx, _actor, _s, { projectId, memberId }) => {
		await tx
			.update(projects)
			.set({ coordinationOfferedTo: memberId! })
			.where(eq(projects.id, projectId));
	},
	event: (_out, _s, input, actor) =>
		eventAbout('project', input.projectId, actor.id, {
			type: 'project.coordination-offered',
			data: { memberId: input.memberId! }
		})
});

/** The member offered the coordinator's role declines it; the coordinator keeps it. */
export const declineCoordination = command({
	input: (projectId: number) => ({ projectId }),
	...onProject('decline-coordination', 'update'),
	run: async (tx, _actor, _s, { projectId }) => {
		await tx
			.update(projects)
			.set({ coordinationOfferedTo: null })
			.where(eq(projects.id, projectId));
	},
	event: (_out, _s, input, actor) =>
		eventAbout('project', input.projectId, actor.id, { type: 'project.coordination-declined' })
});

/** Say whether one is willing to be suggested for onerous tasks. */
export const setWillingness = command({
	input: (projectId: number, willing: boolean) => ({ projectId, willing }),
	...onProject('leave', 'share', 'project_error_not_member'),
	run: async (tx, actor, _s, { projectId, willing }) => {
		await tx
			.update(projectMembers)
			.set({ willingOnerous: willing })
			.where(currentStint(projectId, actor.id));
	},
	event: (_out, _s, input, actor) =>
		eventAbout('project', input.projectId, actor.id, {
			type: 'project.willingness-changed',
			data: { willing: input.willing }
		})
});

/**
 * Post a project update: a post (the writing capability) by a project member, readable by whoever
 * may see the project, linked to it.
 */
export const postProjectUpdate = command({
	limit: LIMITS.projectUpdate,
	input: (projectId: number, raw: unknown) => ({ projectId, ...parseInput(updateInput, raw) }),
	...onProject('post-update', 'share', 'project_error_not_member'),
	check: (_s, _input, actor, tx) => checkDailyStarts(tx, actor),
	run: async (tx, actor, { project: p }, input) => {
		const post = await insertPost(tx, actor, {
			kind: 'blog',
			title: input.title,
			body: input.body,
			language: input.language,
			tags: ['project'],
			visibility: p.visibility,
			chapterId: p.visibility === 'chapter' ? p.chapterId : null,
			publish: true
		});
		await tx.insert(projectUpdates).values({ postId: post.id, projectId: input.projectId });
		return { id: post.id, url: `/posts/${post.id}-${post.slug}` };
	},
	event: (out, _s, input, actor) =>
		eventAbout('project', input.projectId, actor.id, {
			type: 'project.updated',
			data: { postId: out.id }
		})
});
