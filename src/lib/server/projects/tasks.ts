/**
 * A project's tasks and the effort given to them: add, rate, claim, assign, release, complete,
 * log and remove effort. Each command loads the project (shared) and then the task (for update),
 * so the policy sees the task as it stays until the command commits: two members claiming the
 * same task run one after the other, and the second is told it is no longer open.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '$lib/domain/members/actor';
import type { Tx } from '$lib/server/db/client';
import { effortEntries, projectTasks, taskRatings, type TaskStatus } from '$lib/server/db/schema';
import { command } from '$lib/server/command';
import { LIMITS } from '$lib/server/limits';
import { Forbidden, Invalid, NotFound, type MessageKey } from '$lib/server/errors';
import type { AppEvent } from '$lib/server/events/append';
import { parseInput } from '$lib/server/validation';
import { medianTenths } from '$lib/domain/work/ratings';
import { assignInput, effortInput, ratingInput, taskInput } from '$lib/schemas/projects';
import { can, type ProjectAction } from './policy';
import { isCurrentMember, loadProject, loadTask } from './context';
import { eventAbout } from '$lib/server/events/about';

type LoadedTask = Awaited<ReturnType<typeof loadTask>>;

function onTask(action: ProjectAction, forbidden: MessageKey = 'error_forbidden') {
	return {
		load: (tx: Tx, actor: Actor, input: { taskId: number }) =>
			loadTask(tx, actor, input.taskId, true),
		allow: (actor: Actor, loaded: LoadedTask) => can(actor, action, loaded.subject),
		forbidden
	};
}

/** Add a task to a project (its members, while it is proposed or active). */
export const addTask = command({
	limit: LIMITS.task,
	input: (projectId: number, raw: unknown) => {
		const input = parseInput(taskInput, raw);
		if (!input.remote && !input.place)
			throw new Invalid('error_form', { place: 'project_error_place_needed' });
		return { projectId, ...input };
	},
	load: (tx, actor, input) => loadProject(tx, actor, input.projectId, 'share'),
	allow: (actor, loaded) => can(actor, 'add-task', loaded.subject),
	forbidden: 'project_error_not_member',
	run: async (tx, actor, loaded, input) => {
		const [task] = await tx
			.insert(projectTasks)
			.values({
				projectId: input.projectId,
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
		return { id: task.id, url: `${loaded.url}/tasks/${task.id}` };
	},
	event: (out, _s, input, actor) =>
		eventAbout('task', out.id, actor.id, {
			type: 'task.added',
			data: { projectId: input.projectId }
		})
});

/**
 * Rate a task for empowerment and onerousness (1–5). A member's new rating replaces their old
 * one; the task carries the medians of all ratings (read while the task is locked, so two
 * ratings at once both count).
 */
export const rateTask = command({
	input: (taskId: number, raw: unknown) => ({ taskId, rating: parseInput(ratingInput, raw) }),
	...onTask('rate-task', 'project_error_not_member'),
	run: async (tx, actor, loaded, { taskId, rating }) => {
		await tx
			.insert(taskRatings)
			.values({ taskId, memberId: actor.id, ...rating })
			.onConflictDoUpdate({
				target: [taskRatings.taskId, taskRatings.memberId],
				set: { ...rating, ratedAt: new Date() }
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
		return { empowerTenths, onerousTenths, count: ratings.length, url: loaded.taskUrl };
	},
	event: (_out, loaded, { taskId, rating }, actor) =>
		eventAbout('task', taskId, actor.id, {
			type: 'task.rated',
			data: { projectId: loaded.project.id, ...rating }
		})
});

/** A task's new state; any move answers an open offer (taking, giving back or finishing the task). */
type TaskMove = {
	status: TaskStatus;
	assigneeId: number | null;
	offeredToId?: number | null;
	completedAt?: Date | null;
};

/** A command that moves a task from one state to another (the task is locked by the load). */
function taskMove<Args extends unknown[], In extends { taskId: number }>(spec: {
	action: ProjectAction;
	forbidden?: MessageKey;
	input: (...args: Args) => In;
	check?: (loaded: LoadedTask, input: In, actor: Actor, tx: Tx) => Promise<void>;
	to: (loaded: LoadedTask, input: In, actor: Actor) => TaskMove;
	event: 'task.claimed' | 'task.released' | 'task.completed' | 'task.declined';
	data?: (input: In) => Record<string, unknown>;
}) {
	return command({
		input: spec.input,
		...onTask(spec.action, spec.forbidden),
		check: spec.check,
		run: async (tx, actor, loaded, input) => {
			await tx
				.update(projectTasks)
				.set({ offeredToId: null, ...spec.to(loaded, input, actor) })
				.where(eq(projectTasks.id, input.taskId));
			return { url: loaded.taskUrl };
		},
		// One of four task events with the same subject; the catalogue checks the data at run time.
		event: (_out, loaded, input, actor) =>
			({
				type: spec.event,
				actorId: actor.id,
				subjectType: 'task',
				subjectId: input.taskId,
				data: { projectId: loaded.project.id, ...spec.data?.(input) }
			}) as AppEvent
	});
}

/** Claim an open task: only members of the project may. */
export const claimTask = taskMove({
	action: 'claim-task',
	forbidden: 'project_error_claim_refused',
	input: (taskId: number) => ({ taskId }),
	to: (_l, _i, actor) => ({ status: 'claimed', assigneeId: actor.id }),
	event: 'task.claimed'
});

/**
 * The coordinator offers a task to a current member, who takes it (claiming it) or declines; with
 * no one named, the task is open to all again. Nobody is given work without their consent: only
 * the coordinator naming themselves takes the task at once.
 */
export const assignTask = command({
	input: (taskId: number, raw: unknown) => ({
		taskId,
		memberId: parseInput(assignInput, raw).memberId ?? null
	}),
	...onTask('assign-task'),
	check: async (loaded, { memberId }, _actor, tx) => {
		if (memberId && !(await isCurrentMember(tx, loaded.project.id, memberId)))
			throw new Invalid('error_form', { memberId: 'project_error_not_a_project_member' });
	},
	run: async (tx, actor, loaded, { taskId, memberId }) => {
		const self = memberId === actor.id;
		await tx
			.update(projectTasks)
			.set(
				self
					? { status: 'claimed', assigneeId: actor.id, offeredToId: null }
					: { status: 'open', assigneeId: null, offeredToId: memberId }
			)
			.where(eq(projectTasks.id, taskId));
		return { url: loaded.taskUrl };
	},
	event: (_out, loaded, { taskId, memberId }, actor) =>
		eventAbout(
			'task',
			taskId,
			actor.id,
			memberId && memberId !== actor.id
				? { type: 'task.offered', data: { projectId: loaded.project.id, memberId } }
				: { type: 'task.assigned', data: { projectId: loaded.project.id, memberId } }
		)
});

/** The member offered a task says no: it stays open, offered to nobody. */
export const declineTask = taskMove({
	action: 'decline-task',
	input: (taskId: number) => ({ taskId }),
	to: () => ({ status: 'open', assigneeId: null }),
	event: 'task.declined'
});

/** Give a claimed task back (its assignee or the coordinator). */
export const releaseTask = taskMove({
	action: 'release-task',
	input: (taskId: number) => ({ taskId }),
	to: () => ({ status: 'open', assigneeId: null }),
	event: 'task.released'
});

/** Mark a claimed task done (its assignee or the coordinator). */
export const completeTask = taskMove({
	action: 'complete-task',
	input: (taskId: number) => ({ taskId }),
	to: (loaded) => ({
		status: 'done',
		assigneeId: loaded.task.assigneeId,
		completedAt: new Date()
	}),
	event: 'task.completed'
});

/** No one works more than a day in a day: the sum of a member's entries for one date is capped. */
export const MAX_MINUTES_PER_DAY = 24 * 60;

/**
 * Log effort on a task: time spent and intensity, for oneself only (a form naming someone else is
 * refused). The date may not be in the future, and one day's entries add up to at most 24 hours
 * (counted with the member's entries of that day locked, so two entries at once cannot pass it).
 */
export const logEffort = command({
	input: (taskId: number, raw: unknown) => {
		const input = parseInput(effortInput, raw);
		const workedOn = input.workedOn ?? new Date().toISOString().slice(0, 10);
		// A day's grace for members ahead of UTC.
		const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
		if (workedOn > tomorrow) throw new Invalid('error_form', { workedOn: 'project_error_future' });
		if (workedOn < '2000-01-01')
			throw new Invalid('error_form', { workedOn: 'project_error_date' });
		return { taskId, ...input, workedOn };
	},
	...onTask('log-effort', 'project_error_not_member'),
	check: async (_loaded, input, actor, tx) => {
		if (input.memberId && input.memberId !== actor.id)
			throw new Forbidden('project_error_effort_for_other');
		// The member's own row serialises their entries, so a day's sum is read as it will stay.
		await tx.execute(sql`select id from members where id = ${actor.id} for update`);
		const [{ sum }] = await tx
			.select({ sum: sql<number>`coalesce(sum(${effortEntries.minutes}), 0)::int` })
			.from(effortEntries)
			.where(and(eq(effortEntries.memberId, actor.id), eq(effortEntries.workedOn, input.workedOn)));
		if (Number(sum) + input.minutes > MAX_MINUTES_PER_DAY)
			throw new Invalid('error_form', { minutes: 'project_error_day_full' });
	},
	run: async (tx, actor, loaded, input) => {
		const [entry] = await tx
			.insert(effortEntries)
			.values({
				projectId: loaded.project.id,
				taskId: input.taskId,
				memberId: actor.id,
				minutes: input.minutes,
				intensity: input.intensity,
				workedOn: input.workedOn,
				note: input.note
			})
			.returning({ id: effortEntries.id });
		return { id: entry.id, url: loaded.taskUrl };
	},
	event: (out, loaded, input, actor) => ({
		type: 'effort.logged',
		actorId: actor.id,
		subjectType: 'task',
		subjectId: input.taskId,
		data: {
			projectId: loaded.project.id,
			entryId: out.id,
			minutes: input.minutes,
			intensity: input.intensity
		}
	})
});

/** Remove one's own effort entry (a mistake); the event log keeps that it was removed. */
export const removeEffort = command({
	input: (entryId: number) => ({ entryId }),
	load: async (tx, actor, { entryId }) => {
		const [entry] = await tx.select().from(effortEntries).where(eq(effortEntries.id, entryId));
		if (!entry || entry.memberId !== actor.id) throw new NotFound('project_error_entry_not_found');
		return { entry, ...(await loadTask(tx, actor, entry.taskId, true)) };
	},
	allow: (actor, loaded) => can(actor, 'log-effort', loaded.subject),
	run: async (tx, _actor, loaded, { entryId }) => {
		const removed = await tx
			.delete(effortEntries)
			.where(eq(effortEntries.id, entryId))
			.returning({ id: effortEntries.id });
		if (!removed.length) throw new NotFound('project_error_entry_not_found');
		return { url: loaded.taskUrl };
	},
	event: (_out, { entry }, { entryId }, actor) =>
		eventAbout('task', entry.taskId, actor.id, {
			type: 'effort.removed',
			data: { projectId: entry.projectId, entryId, minutes: entry.minutes }
		})
});
