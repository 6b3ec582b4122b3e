import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db, Queryable } from '$lib/server/db/client';
import {
	chapters,
	effortEntries,
	posts,
	projectMembers,
	projectTasks,
	projectUpdates,
	projects,
	taskRatings
} from '$lib/server/db/schema';
import { Conflict, Forbidden, Invalid, NotFound } from '$lib/server/errors';
import { appendEvent, type AppEvent } from '$lib/server/events/append';
import type { Actor } from '$lib/server/members/policy';
import { isUniqueViolation, parseInput } from '$lib/server/validation';
import { checkDailyStarts, insertPost } from '$lib/server/writing/commands';
import { medianTenths } from '$lib/domain/work/ratings';
import { canMoveStatus } from '$lib/domain/work/status';
import {
	assignInput,
	effortInput,
	projectInput,
	ratingInput,
	statusInput,
	taskInput,
	updateInput
} from '$lib/schemas/projects';
import { can, type ProjectAction, type ProjectActor } from './policy';
import {
	currentStint,
	isCurrentMember,
	loadProject,
	loadTask,
	projectActorFor,
	projectUrl
} from './context';

type Loaded = Awaited<ReturnType<typeof loadProject>>;

/** The project and the actor, refusing with 403 (or 404 if hidden) when the policy says no. */
async function authorised(
	db: Queryable,
	actor: Actor,
	projectId: number,
	action: ProjectAction,
	refusal = 'error_forbidden'
): Promise<{ who: NonNullable<ProjectActor>; loaded: Loaded }> {
	const who = await projectActorFor(db, actor);
	const loaded = await loadProject(db, who, projectId);
	if (!who || !can(who, action, loaded.subject)) throw new Forbidden(refusal);
	return { who, loaded };
}

async function authorisedTask(
	db: Queryable,
	actor: Actor,
	taskId: number,
	action: ProjectAction,
	refusal = 'error_forbidden'
) {
	const who = await projectActorFor(db, actor);
	const loaded = await loadTask(db, who, taskId);
	if (!who || !can(who, action, loaded.subject, loaded.task)) throw new Forbidden(refusal);
	return { who, loaded };
}

async function checkChapter(
	db: Queryable,
	who: NonNullable<ProjectActor>,
	input: { chapterId?: number; visibility: string }
) {
	if (input.visibility === 'chapter' && !input.chapterId)
		throw new Invalid('error_form', { chapterId: 'project_error_chapter_needed' });
	if (!input.chapterId) return null;
	const [chapter] = await db
		.select({ id: chapters.id })
		.from(chapters)
		.where(eq(chapters.id, input.chapterId));
	if (!chapter || !who.chapterIds.includes(chapter.id))
		throw new Invalid('error_form', { chapterId: 'project_error_not_in_chapter' });
	return chapter.id;
}

/** Propose a project; the proposer is its first coordinator. */
export async function proposeProject(db: Db, actor: Actor, raw: unknown) {
	const who = await projectActorFor(db, actor);
	if (!who || !can(who, 'propose')) throw new Forbidden('project_error_cannot_propose');
	const input = parseInput(projectInput, raw);
	const chapterId = await checkChapter(db, who, input);
	return db.transaction(async (tx) => {
		const [project] = await tx
			.insert(projects)
			.values({
				title: input.title,
				goals: input.goals,
				needs: input.needs,
				language: input.language,
				chapterId,
				visibility: input.visibility,
				proposedBy: actor.id
			})
			.returning({ id: projects.id, title: projects.title });
		await tx
			.insert(projectMembers)
			.values({ projectId: project.id, memberId: actor.id, role: 'coordinator' });
		await appendEvent(tx, {
			type: 'project.proposed',
			actorId: actor.id,
			subjectType: 'project',
			subjectId: project.id,
			data: { chapterId, visibility: input.visibility }
		});
		return { id: project.id, url: projectUrl(project) };
	});
}

/** Edit a project's description (its coordinator). */
export async function editProject(db: Db, actor: Actor, projectId: number, raw: unknown) {
	const { who } = await authorised(db, actor, projectId, 'edit');
	const input = parseInput(projectInput, raw);
	const chapterId = await checkChapter(db, who, input);
	return db.transaction(async (tx) => {
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
			.where(eq(projects.id, projectId));
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
						.where(eq(projectUpdates.projectId, projectId))
				)
			);
		await appendEvent(tx, {
			type: 'project.edited',
			actorId: actor.id,
			subjectType: 'project',
			subjectId: projectId
		});
		return { url: projectUrl({ id: projectId, title: input.title }) };
	});
}

/** Move a project along its life (its coordinator): see canMoveStatus. */
export async function changeProjectStatus(db: Db, actor: Actor, projectId: number, raw: unknown) {
	const { loaded } = await authorised(db, actor, projectId, 'change-status');
	const { status } = parseInput(statusInput, raw);
	const from = loaded.project.status;
	if (!canMoveStatus(from, status))
		throw new Invalid('error_form', { status: 'project_error_status_move' });
	await db.transaction(async (tx) => {
		const changed = await tx
			.update(projects)
			.set({ status, updatedAt: new Date() })
			.where(and(eq(projects.id, projectId), eq(projects.status, from)))
			.returning({ id: projects.id });
		if (!changed.length) throw new Conflict('project_error_changed_meanwhile');
		await appendEvent(tx, {
			type: 'project.status-changed',
			actorId: actor.id,
			subjectType: 'project',
			subjectId: projectId,
			data: { from, to: status }
		});
	});
	return { status };
}

/** Join a project (open projects; a chapter's project for members of that chapter). */
export async function joinProject(db: Db, actor: Actor, projectId: number) {
	const { loaded } = await authorised(db, actor, projectId, 'join', 'project_error_cannot_join');
	try {
		await db.transaction(async (tx) => {
			await tx.insert(projectMembers).values({ projectId, memberId: actor.id, role: 'member' });
			await appendEvent(tx, {
				type: 'project.joined',
				actorId: actor.id,
				subjectType: 'project',
				subjectId: projectId
			});
		});
	} catch (err) {
		if (isUniqueViolation(err)) throw new Conflict('project_error_already_member');
		throw err;
	}
	return { url: loaded.url };
}

/**
 * Leave a project. The member's claimed tasks go back to the list; if they coordinated, the
 * role is open for any member to take. Their logged effort stays in the project's history.
 */
export async function leaveProject(db: Db, actor: Actor, projectId: number) {
	await authorised(db, actor, projectId, 'leave', 'project_error_not_member');
	await db.transaction(async (tx) => {
		await tx
			.update(projectMembers)
			.set({ leftAt: new Date() })
			.where(currentStint(projectId, actor.id));
		await tx
			.update(projectTasks)
			.set({ status: 'open', assigneeId: null })
			.where(
				and(
					eq(projectTasks.projectId, projectId),
					eq(projectTasks.assigneeId, actor.id),
					eq(projectTasks.status, 'claimed')
				)
			);
		await appendEvent(tx, {
			type: 'project.left',
			actorId: actor.id,
			subjectType: 'project',
			subjectId: projectId
		});
	});
}

async function setCoordinator(tx: Queryable, projectId: number, memberId: number) {
	const now = new Date();
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
 * The coordinator role rotates: the coordinator hands it to another member, or, when nobody holds
 * it or the term is over, any member takes it.
 */
export async function takeCoordination(db: Db, actor: Actor, projectId: number) {
	const { loaded } = await authorised(
		db,
		actor,
		projectId,
		'take-coordination',
		'project_error_coordination_taken'
	);
	await db.transaction(async (tx) => {
		await setCoordinator(tx, projectId, actor.id);
		await appendEvent(tx, {
			type: 'project.coordinator-changed',
			actorId: actor.id,
			subjectType: 'project',
			subjectId: projectId,
			data: { from: loaded.coordinator?.memberId ?? null, to: actor.id }
		});
	});
}

export async function handOverCoordination(db: Db, actor: Actor, projectId: number, raw: unknown) {
	await authorised(db, actor, projectId, 'hand-over');
	const { memberId } = parseInput(assignInput, raw);
	if (!memberId || memberId === actor.id || !(await isCurrentMember(db, projectId, memberId)))
		throw new Invalid('error_form', { memberId: 'project_error_not_a_project_member' });
	await db.transaction(async (tx) => {
		await setCoordinator(tx, projectId, memberId);
		await appendEvent(tx, {
			type: 'project.coordinator-changed',
			actorId: actor.id,
			subjectType: 'project',
			subjectId: projectId,
			data: { from: actor.id, to: memberId }
		});
	});
}

/** Say whether one is willing to be suggested for onerous tasks. */
export async function setWillingness(db: Db, actor: Actor, projectId: number, willing: boolean) {
	await authorised(db, actor, projectId, 'leave', 'project_error_not_member');
	await db.transaction(async (tx) => {
		await tx
			.update(projectMembers)
			.set({ willingOnerous: willing })
			.where(currentStint(projectId, actor.id));
		await appendEvent(tx, {
			type: 'project.willingness-changed',
			actorId: actor.id,
			subjectType: 'project',
			subjectId: projectId,
			data: { willing }
		});
	});
}

/** Add a task to a project (its members, while it is proposed or active). */
export async function addTask(db: Db, actor: Actor, projectId: number, raw: unknown) {
	const { loaded } = await authorised(db, actor, projectId, 'add-task', 'project_error_not_member');
	const input = parseInput(taskInput, raw);
	if (!input.remote && !input.place)
		throw new Invalid('error_form', { place: 'project_error_place_needed' });
	return db.transaction(async (tx) => {
		const [task] = await tx
			.insert(projectTasks)
			.values({
				projectId,
				title: input.title,
				description: input.description,
				estimateMinutes: input.estimate,
				skills: input.skills,
				dueOn: input.dueOn ?? null,
				language: input.language,
				remote: input.remote,
				place: input.remote ? '' : input.place,
				createdBy: actor.id
			})
			.returning({ id: projectTasks.id });
		await appendEvent(tx, {
			type: 'task.added',
			actorId: actor.id,
			subjectType: 'task',
			subjectId: task.id,
			data: { projectId }
		});
		return { id: task.id, url: `${loaded.url}/tasks/${task.id}` };
	});
}

/**
 * Rate a task for empowerment and onerousness (1–5). A member's new rating replaces their old
 * one; the task carries the medians of all ratings.
 */
export async function rateTask(db: Db, actor: Actor, taskId: number, raw: unknown) {
	const { loaded } = await authorisedTask(
		db,
		actor,
		taskId,
		'rate-task',
		'project_error_not_member'
	);
	const input = parseInput(ratingInput, raw);
	return db.transaction(async (tx) => {
		await tx
			.insert(taskRatings)
			.values({ taskId, memberId: actor.id, ...input })
			.onConflictDoUpdate({
				target: [taskRatings.taskId, taskRatings.memberId],
				set: { ...input, ratedAt: new Date() }
			});
		const ratings = await tx
			.select({ e: taskRatings.empowerment, o: taskRatings.onerousness })
			.from(taskRatings)
			.where(eq(taskRatings.taskId, taskId));
		const empowerTenths = medianTenths(ratings.map((r) => r.e));
		const onerousTenths = medianTenths(ratings.map((r) => r.o));
		await tx
			.update(projectTasks)
			.set({ empowerTenths, onerousTenths, ratingCount: ratings.length })
			.where(eq(projectTasks.id, taskId));
		await appendEvent(tx, {
			type: 'task.rated',
			actorId: actor.id,
			subjectType: 'task',
			subjectId: taskId,
			data: { projectId: loaded.project.id, ...input }
		});
		return { empowerTenths, onerousTenths, count: ratings.length, url: loaded.taskUrl };
	});
}

type TaskMove = { status: string; assigneeId: number | null; completedAt?: Date | null };

/**
 * Move a task from one state to another and record it, as one compare-and-set: if someone else
 * moved the task first, nothing changes and the member gets a conflict.
 */
async function moveTask(
	db: Db,
	actor: Actor,
	loaded: Awaited<ReturnType<typeof authorisedTask>>['loaded'],
	from: string,
	set: TaskMove,
	event: 'task.claimed' | 'task.assigned' | 'task.released' | 'task.completed',
	data: Record<string, unknown> = {}
) {
	const taskId = loaded.task.id;
	await db.transaction(async (tx) => {
		const moved = await tx
			.update(projectTasks)
			.set(set)
			.where(and(eq(projectTasks.id, taskId), eq(projectTasks.status, from)))
			.returning({ id: projectTasks.id });
		if (!moved.length) throw new Conflict('project_error_task_changed');
		// One of four task events with the same subject; the catalogue checks the data at run time.
		await appendEvent(tx, {
			type: event,
			actorId: actor.id,
			subjectType: 'task',
			subjectId: taskId,
			data: { projectId: loaded.project.id, ...data }
		} as AppEvent);
	});
	return { url: loaded.taskUrl };
}

/** Claim an open task: only members of the project may. */
export async function claimTask(db: Db, actor: Actor, taskId: number) {
	const { loaded } = await authorisedTask(
		db,
		actor,
		taskId,
		'claim-task',
		'project_error_claim_refused'
	);
	return moveTask(
		db,
		actor,
		loaded,
		'open',
		{ status: 'claimed', assigneeId: actor.id },
		'task.claimed'
	);
}

/** The coordinator assigns a task to a current member (or, with no one named, opens it again). */
export async function assignTask(db: Db, actor: Actor, taskId: number, raw: unknown) {
	const { loaded } = await authorisedTask(db, actor, taskId, 'assign-task');
	const { memberId } = parseInput(assignInput, raw);
	if (memberId && !(await isCurrentMember(db, loaded.project.id, memberId)))
		throw new Invalid('error_form', { memberId: 'project_error_not_a_project_member' });
	return moveTask(
		db,
		actor,
		loaded,
		loaded.task.status,
		{ status: memberId ? 'claimed' : 'open', assigneeId: memberId ?? null },
		'task.assigned',
		{ memberId: memberId ?? null }
	);
}

/** Give a claimed task back (its assignee or the coordinator). */
export async function releaseTask(db: Db, actor: Actor, taskId: number) {
	const { loaded } = await authorisedTask(db, actor, taskId, 'release-task');
	return moveTask(
		db,
		actor,
		loaded,
		'claimed',
		{ status: 'open', assigneeId: null },
		'task.released'
	);
}

/** Mark a claimed task done (its assignee or the coordinator). */
export async function completeTask(db: Db, actor: Actor, taskId: number) {
	const { loaded } = await authorisedTask(db, actor, taskId, 'complete-task');
	return moveTask(
		db,
		actor,
		loaded,
		'claimed',
		{ status: 'done', assigneeId: loaded.task.assigneeId, completedAt: new Date() },
		'task.completed'
	);
}

/** No one works more than a day in a day: the sum of a member's entries for one date is capped. */
export const MAX_MINUTES_PER_DAY = 24 * 60;

/**
 * Log effort on a task: time spent and intensity, for oneself only (a form naming someone else is
 * refused). The date may not be in the future, and one day's entries add up to at most 24 hours.
 */
export async function logEffort(db: Db, actor: Actor, taskId: number, raw: unknown) {
	const { loaded } = await authorisedTask(
		db,
		actor,
		taskId,
		'log-effort',
		'project_error_not_member'
	);
	const input = parseInput(effortInput, raw);
	if (input.memberId && input.memberId !== actor.id)
		throw new Forbidden('project_error_effort_for_other');
	const today = new Date().toISOString().slice(0, 10);
	const workedOn = input.workedOn ?? today;
	// A day's grace for members ahead of UTC.
	const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
	if (workedOn > tomorrow) throw new Invalid('error_form', { workedOn: 'project_error_future' });
	if (workedOn < '2000-01-01') throw new Invalid('error_form', { workedOn: 'project_error_date' });
	return db.transaction(async (tx) => {
		const [{ sum }] = await tx
			.select({ sum: sql<number>`coalesce(sum(${effortEntries.minutes}), 0)::int` })
			.from(effortEntries)
			.where(and(eq(effortEntries.memberId, actor.id), eq(effortEntries.workedOn, workedOn)));
		if (Number(sum) + input.minutes > MAX_MINUTES_PER_DAY)
			throw new Invalid('error_form', { minutes: 'project_error_day_full' });
		const [entry] = await tx
			.insert(effortEntries)
			.values({
				projectId: loaded.project.id,
				taskId,
				memberId: actor.id,
				minutes: input.minutes,
				intensity: input.intensity,
				workedOn,
				note: input.note
			})
			.returning({ id: effortEntries.id });
		await appendEvent(tx, {
			type: 'effort.logged',
			actorId: actor.id,
			subjectType: 'task',
			subjectId: taskId,
			data: {
				projectId: loaded.project.id,
				entryId: entry.id,
				minutes: input.minutes,
				intensity: input.intensity
			}
		});
		return { id: entry.id, url: loaded.taskUrl };
	});
}

/** Remove one's own effort entry (a mistake); the event log keeps that it was removed. */
export async function removeEffort(db: Db, actor: Actor, entryId: number) {
	const [entry] = await db.select().from(effortEntries).where(eq(effortEntries.id, entryId));
	if (!entry || entry.memberId !== actor.id) throw new NotFound('project_error_entry_not_found');
	const { loaded } = await authorisedTask(db, actor, entry.taskId, 'log-effort');
	await db.transaction(async (tx) => {
		await tx.delete(effortEntries).where(eq(effortEntries.id, entryId));
		await appendEvent(tx, {
			type: 'effort.removed',
			actorId: actor.id,
			subjectType: 'task',
			subjectId: entry.taskId,
			data: { projectId: entry.projectId, entryId, minutes: entry.minutes }
		});
	});
	return { url: loaded.taskUrl };
}

/**
 * Post a project update: a post (the writing capability) by a project member, readable by whoever
 * may see the project, linked to it.
 */
export async function postProjectUpdate(db: Db, actor: Actor, projectId: number, raw: unknown) {
	const { loaded } = await authorised(
		db,
		actor,
		projectId,
		'post-update',
		'project_error_not_member'
	);
	const input = parseInput(updateInput, raw);
	await checkDailyStarts(db, actor);
	const p = loaded.project;
	return db.transaction(async (tx) => {
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
		await tx.insert(projectUpdates).values({ postId: post.id, projectId });
		await appendEvent(tx, {
			type: 'project.updated',
			actorId: actor.id,
			subjectType: 'project',
			subjectId: projectId,
			data: { postId: post.id }
		});
		return { id: post.id, url: `/posts/${post.id}-${post.slug}` };
	});
}
