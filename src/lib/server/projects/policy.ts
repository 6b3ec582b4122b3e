/**
 * Who may do what with projects, their tasks and effort. Pure: commands and queries call it with
 * what they loaded. Tested as a table in policy.test.ts.
 */
import { inChapter, may, type Actor } from '$lib/domain/members/actor';

/** A task: `offeredToId` is the member the coordinator offered it to, until they answer. */
export type TaskSubject = {
	status: string;
	assigneeId: number | null;
	offeredToId?: number | null;
};

export type ProjectSubject = {
	status: string;
	visibility: string;
	chapterId: number | null;
	/** The actor's current role in the project, or null when they are not a current member. */
	role: 'coordinator' | 'member' | null;
	/** No current coordinator, or the coordinator's term is over: the role may pass on. */
	coordinationOpen?: boolean;
	/** The coordinator has offered the role to the actor, who has not answered yet. */
	offeredToMe?: boolean;
	/** The task acted on, for the task actions. */
	task?: TaskSubject;
};

export type ProjectAction =
	| 'propose'
	| 'view'
	| 'join'
	| 'leave'
	| 'edit'
	| 'change-status'
	| 'take-coordination'
	| 'hand-over'
	| 'decline-coordination'
	| 'post-update'
	| 'add-task'
	| 'rate-task'
	| 'claim-task'
	| 'assign-task'
	| 'decline-task'
	| 'release-task'
	| 'complete-task'
	| 'log-effort';

/** Work goes on while a project is proposed or active; completed and archived ones are kept as they are. */
const OPEN = new Set(['proposed', 'active']);

export function canSeeProject(
	actor: Actor | null,
	project: Pick<ProjectSubject, 'visibility' | 'chapterId' | 'role'>
): boolean {
	if (project.role) return true;
	switch (project.visibility) {
		case 'public':
			return true;
		case 'members':
			return !!actor;
		case 'chapter':
			return inChapter(actor, project.chapterId);
		default:
			return false;
	}
}

/**
 * `propose` needs the tier's 'start-project' right (asked through `may`, so a lapsed member has
 * it no more); the rest follow from the actor's place in the project, and a lapsed member does
 * none of them until they are back.
 */
export function can(
	actor: Actor | null,
	action: ProjectAction,
	project: ProjectSubject | null
): boolean {
	if (action === 'view') return !!project && canSeeProject(actor, project);
	if (action === 'propose') return may(actor, 'start-project');
	if (!actor || actor.lapsed || !project || !canSeeProject(actor, project)) return false;
	const open = OPEN.has(project.status);
	const member = project.role !== null;
	const coordinator = project.role === 'coordinator';
	const task = project.task;
	switch (action) {
		case 'join':
			return open && !member && (project.chapterId === null || inChapter(actor, project.chapterId));
		case 'leave':
			return member;
		case 'edit':
		case 'change-status':
			return coordinator;
		case 'take-coordination':
			// Open to any member once the role is free, or to the member it was offered to: the
			// coordinator offers it (hand-over), nobody is made coordinator without consent.
			return (
				member && !coordinator && open && (!!project.coordinationOpen || !!project.offeredToMe)
			);
		case 'hand-over':
			return coordinator && open;
		case 'decline-coordination':
			return !!project.offeredToMe;
		case 'post-update':
			return member;
		case 'add-task':
		case 'rate-task':
			return member && open;
		case 'claim-task':
			return member && open && task?.status === 'open';
		case 'assign-task':
			return coordinator && open && !!task && task.status !== 'done';
		case 'decline-task':
			return open && task?.status === 'open' && !!actor && task.offeredToId === actor.id;
		case 'release-task':
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

/**
 * Why a member who has not joined a project cannot join it, so the page can say so and point the
 * way (renew, or join the chapter); null when they can, or are in it already.
 */
export function joinRefusal(
	actor: Actor | null,
	project: ProjectSubject
): 'lapsed' | 'closed' | 'chapter' | null {
	if (!actor || project.role || can(actor, 'join', project)) return null;
	if (actor.lapsed) return 'lapsed';
	if (!OPEN.has(project.status)) return 'closed';
	if (project.chapterId !== null && !inChapter(actor, project.chapterId)) return 'chapter';
	return null;
}
