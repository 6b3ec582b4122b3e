/**
 * Who may do what with projects, their tasks and effort. Pure: commands and queries call it with
 * what they loaded. Tested as a table in policy.test.ts.
 */
import { tierMay, type TierRights } from '$lib/domain/members/tiers';
import type { Actor } from '$lib/server/members/policy';

/** The actor with their chapters, lapse state and the instance's rights table. */
export type ProjectActor =
	(Actor & { chapterIds: number[]; lapsed: boolean; rights: TierRights }) | null;

export type ProjectSubject = {
	status: string;
	visibility: string;
	chapterId: number | null;
	/** The actor's current role in the project, or null when they are not a current member. */
	role: 'coordinator' | 'member' | null;
	/** No current coordinator, or the coordinator's term is over: the role may pass on. */
	coordinationOpen?: boolean;
};

export type TaskSubject = { status: string; assigneeId: number | null };

export type ProjectAction =
	| 'propose'
	| 'view'
	| 'join'
	| 'leave'
	| 'edit'
	| 'change-status'
	| 'take-coordination'
	| 'hand-over'
	| 'post-update'
	| 'add-task'
	| 'rate-task'
	| 'claim-task'
	| 'assign-task'
	| 'release-task'
	| 'complete-task'
	| 'log-effort';

/** Work goes on while a project is proposed or active; completed and archived ones are kept as they are. */
const OPEN = new Set(['proposed', 'active']);

export function canSeeProject(
	actor: ProjectActor,
	project: Pick<ProjectSubject, 'visibility' | 'chapterId' | 'role'>
): boolean {
	if (project.role) return true;
	switch (project.visibility) {
		case 'public':
			return true;
		case 'members':
			return !!actor;
		case 'chapter':
			return !!actor && project.chapterId !== null && actor.chapterIds.includes(project.chapterId);
		default:
			return false;
	}
}

export function can(
	actor: ProjectActor,
	action: ProjectAction,
	project?: ProjectSubject,
	task?: TaskSubject
): boolean {
	if (action === 'view') return !!project && canSeeProject(actor, project);
	if (!actor || actor.lapsed) return false;
	if (action === 'propose') return tierMay(actor, 'start-project', actor.rights);
	if (!project || !canSeeProject(actor, project)) return false;
	const open = OPEN.has(project.status);
	const member = project.role !== null;
	const coordinator = project.role === 'coordinator';
	switch (action) {
		case 'join':
			return (
				open &&
				!member &&
				(project.chapterId === null || actor.chapterIds.includes(project.chapterId))
			);
		case 'leave':
			return member;
		case 'edit':
		case 'change-status':
			return coordinator;
		case 'take-coordination':
			return member && !coordinator && open && !!project.coordinationOpen;
		case 'hand-over':
			return coordinator && open;
		case 'post-update':
			return member;
		case 'add-task':
		case 'rate-task':
			return member && open;
		case 'claim-task':
			return member && open && task?.status === 'open';
		case 'assign-task':
			return coordinator && open && task?.status !== 'done';
		case 'release-task':
			return (
				open &&
				task?.status === 'claimed' &&
				(coordinator || (member && task.assigneeId === actor.id))
			);
		case 'complete-task':
			return (
				open &&
				task?.status === 'claimed' &&
				(coordinator || (member && task.assigneeId === actor.id))
			);
		case 'log-effort':
			return member && project.status !== 'archived' && !!task;
	}
}
