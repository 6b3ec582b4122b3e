import { slugify } from '$lib/server/refs';
import { and, eq, isNull } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import {
	chapterMemberships,
	members,
	projectMembers,
	projectTasks,
	projects
} from '$lib/server/db/schema';
import { NotFound } from '$lib/server/errors';
import { membershipSettings } from '$lib/server/instance/membership-settings';
import type { Actor } from '$lib/server/members/policy';
import { coordinationOpen } from '$lib/domain/work/status';
import { canSeeProject, type ProjectActor, type ProjectSubject } from './policy';

/** The row of a member's current stint in a project (at most one: a partial unique index). */
export function currentStint(projectId: number, memberId: number) {
	return and(
		eq(projectMembers.projectId, projectId),
		eq(projectMembers.memberId, memberId),
		isNull(projectMembers.leftAt)
	);
}

/** The actor with what project policies need: chapters, lapse state, the rights table. */
export async function projectActorFor(db: Queryable, actor: Actor | null): Promise<ProjectActor> {
	if (!actor) return null;
	const [[me], chapterRows, settings] = await Promise.all([
		db
			.select({ lapsedAt: members.lapsedAt, deletedAt: members.deletedAt })
			.from(members)
			.where(eq(members.id, actor.id)),
		db
			.select({ chapterId: chapterMemberships.chapterId })
			.from(chapterMemberships)
			.where(eq(chapterMemberships.memberId, actor.id)),
		membershipSettings(db)
	]);
	if (!me || me.deletedAt) return null;
	return {
		...actor,
		chapterIds: chapterRows.map((r) => r.chapterId),
		lapsed: !!me.lapsedAt,
		rights: settings.tierRights
	};
}

export function projectUrl(p: { id: number; title: string }): string {
	return `/projects/${p.id}-${slugify(p.title)}`;
}

/**
 * A project with the actor's standing in it, or NotFound when the actor may not see it (a
 * hidden project does not exist for them).
 */
export async function loadProject(db: Queryable, actor: ProjectActor, projectId: number) {
	const [project] = await db.select().from(projects).where(eq(projects.id, projectId));
	if (!project) throw new NotFound('project_error_not_found');
	const [mine, coordinator] = await Promise.all([
		actor
			? db
					.select({ role: projectMembers.role, willingOnerous: projectMembers.willingOnerous })
					.from(projectMembers)
					.where(currentStint(projectId, actor.id))
			: Promise.resolve([]),
		db
			.select({ memberId: projectMembers.memberId, roleSince: projectMembers.roleSince })
			.from(projectMembers)
			.where(
				and(
					eq(projectMembers.projectId, projectId),
					eq(projectMembers.role, 'coordinator'),
					isNull(projectMembers.leftAt)
				)
			)
	]);
	const subject: ProjectSubject = {
		status: project.status,
		visibility: project.visibility,
		chapterId: project.chapterId,
		role: (mine[0]?.role as ProjectSubject['role']) ?? null,
		coordinationOpen: coordinationOpen(coordinator[0]?.roleSince ?? null, new Date())
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

/** A task with its project (as loadProject gives it). */
export async function loadTask(db: Queryable, actor: ProjectActor, taskId: number) {
	const [task] = await db.select().from(projectTasks).where(eq(projectTasks.id, taskId));
	if (!task) throw new NotFound('project_error_task_not_found');
	const loaded = await loadProject(db, actor, task.projectId);
	return { ...loaded, task, taskUrl: `${loaded.url}/tasks/${task.id}` };
}

/** Is this member a current member of the project? */
export async function isCurrentMember(db: Queryable, projectId: number, memberId: number) {
	const [row] = await db
		.select({ id: projectMembers.id })
		.from(projectMembers)
		.where(currentStint(projectId, memberId));
	return !!row;
}
