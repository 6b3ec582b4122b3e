import { slugify } from '$lib/server/refs';
import { and, eq, getTableColumns, isNull } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { projectMembers, projectTasks, projects } from '$lib/server/db/schema';
import { NotFound } from '$lib/server/errors';
import type { Actor } from '$lib/domain/members/actor';
import { coordinationOpen } from '$lib/domain/work/status';
import { canSeeProject, type ProjectSubject } from './policy';

/** The row of a member's current stint in a project (at most one: a partial unique index). */
export function currentStint(projectId: number, memberId: number) {
	return and(
		eq(projectMembers.projectId, projectId),
		eq(projectMembers.memberId, memberId),
		isNull(projectMembers.leftAt)
	);
}

export function projectUrl(p: { id: number; title: string }): string {
	return `/projects/${p.id}-${slugify(p.title)}`;
}

/**
 * How a command holds what it loaded until it commits: `update` for a change to the project
 * itself or to who coordinates it, `share` for work inside it (the project cannot change status
 * or coordinator meanwhile, while many members work in it at once). Locks are always taken
 * project first, then task, so two commands never wait on each other in a circle.
 */
export type ProjectLock = 'update' | 'share';

/** Every column but the search words, which are for the search's index only, not for pages. */
const { search: _search, ...projectColumns } = getTableColumns(projects);

/**
 * A project with the actor's standing in it, or NotFound when the actor may not see it (a
 * hidden project does not exist for them).
 */
export async function loadProject(
	db: Queryable,
	actor: Actor | null,
	projectId: number,
	lock?: ProjectLock
) {
	const query = db.select(projectColumns).from(projects).where(eq(projects.id, projectId));
	const [project] = lock ? await query.for(lock) : await query;
	if (!project) throw new NotFound('project_error_not_found');
	// In turn, not Promise.all: commands load it on their transaction, which is one connection.
	const mine = actor
		? await db
				.select({ role: projectMembers.role, willingOnerous: projectMembers.willingOnerous })
				.from(projectMembers)
				.where(currentStint(projectId, actor.id))
		: [];
	const coordinator = await db
		.select({ memberId: projectMembers.memberId, roleSince: projectMembers.roleSince })
		.from(projectMembers)
		.where(
			and(
				eq(projectMembers.projectId, projectId),
				eq(projectMembers.role, 'coordinator'),
				isNull(projectMembers.leftAt)
			)
		);
	const subject: ProjectSubject = {
		status: project.status,
		visibility: project.visibility,
		chapterId: project.chapterId,
		role: (mine[0]?.role as ProjectSubject['role']) ?? null,
		coordinationOpen: coordinationOpen(coordinator[0]?.roleSince ?? null, new Date()),
		offeredToMe: !!actor && project.coordinationOfferedTo === actor.id
	};
	if (!canSeeProject(actor, subject)) throw new NotFound('project_error_not_found');
	return {
		project,
		subject,
		willingOnerous: mine[0]?.willingOnerous ?? false,
		coordinator: coordinator[0] ?? null,
		url: projectUrl(project)
	};
}

/**
 * A task with its project (as loadProject gives it). With a lock, the project is held as shared
 * and the task for update, so a command sees the task as it stays until it commits.
 */
export async function loadTask(db: Queryable, actor: Actor | null, taskId: number, lock = false) {
	const [found] = await db
		.select({ projectId: projectTasks.projectId })
		.from(projectTasks)
		.where(eq(projectTasks.id, taskId));
	if (!found) throw new NotFound('project_error_task_not_found');
	const loaded = await loadProject(db, actor, found.projectId, lock ? 'share' : undefined);
	const query = db.select().from(projectTasks).where(eq(projectTasks.id, taskId));
	const [task] = lock ? await query.for('update') : await query;
	if (!task) throw new NotFound('project_error_task_not_found');
	return {
		...loaded,
		task,
		subject: {
			...loaded.subject,
			task: { status: task.status, assigneeId: task.assigneeId, offeredToId: task.offeredToId }
		},
		taskUrl: `${loaded.url}/tasks/${task.id}`
	};
}

/** Is this member a current member of the project? */
export async function isCurrentMember(db: Queryable, projectId: number, memberId: number) {
	const [row] = await db
		.select({ id: projectMembers.id })
		.from(projectMembers)
		.where(currentStint(projectId, memberId));
	return !!row;
}
