/**
 * The project page and the task page: people as the viewer may see them, tasks, the balance of
 * work and its suggestion, updates, ratings and effort, and what the viewer may do there.
 */
import { and, asc, desc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { Actor } from '$lib/domain/members/actor';
import type { Queryable } from '$lib/server/db/client';
import {
	chapters,
	effortEntries,
	members,
	posts,
	projectMembers,
	projectTasks,
	projectUpdates,
	taskRatings,
	type TaskStatus
} from '$lib/server/db/schema';
import { slugify } from '$lib/server/refs';
import { publicName, type NameViewer } from '$lib/server/members/privacy';
import { markdownExcerpt, renderMarkdown } from '$lib/server/writing/markdown';
import { visiblePosts } from '$lib/server/writing/queries';
import { projectBalance, type WorkEntry } from '$lib/domain/work/balance';
import { effortUnits, unitsToNeutralMinutes } from '$lib/domain/work/effort';
import { suggestForOnerousTask } from '$lib/domain/work/suggest';
import { balanceLevel, nextStatuses } from '$lib/domain/work/status';
import {
	can,
	joinRefusal,
	type ProjectAction,
	type ProjectSubject,
	type TaskSubject
} from './policy';
import { loadProject, loadTask } from './context';

/** A task rated at least this onerous (median, tenths) is "onerous" for the suggestion. */
export const ONEROUS_FROM_TENTHS = 35;
/** Effort on an unrated task counts as neutral (3 of 5). */
export const NEUTRAL_TENTHS = 30;

type PersonRow = {
	id: number;
	handle: string;
	name: string;
	inDirectory: boolean;
	deletedAt: Date | null;
};

/**
 * How a person appears to this viewer: project members see each other by name (they work
 * together); others see only people listed in the directory, by the name privacy allows.
 */
function personFor(row: PersonRow, who: Actor | null, insider: boolean) {
	const shown = !row.deletedAt && (insider || row.inDirectory || row.id === who?.id);
	return shown
		? { id: row.id, handle: row.handle, name: row.name }
		: { id: row.id, handle: null, name: null };
}

const personColumns = (who: NameViewer) => ({
	id: members.id,
	handle: members.handle,
	name: publicName(who),
	inDirectory: members.inDirectory,
	deletedAt: members.deletedAt
});

/** Every action the page may offer, as the policy decides it. */
function abilities(
	who: Actor | null,
	subject: ProjectSubject,
	actions: ProjectAction[],
	task?: TaskSubject
) {
	const on = task ? { ...subject, task } : subject;
	return Object.fromEntries(actions.map((a) => [a, can(who, a, on)])) as Record<
		ProjectAction,
		boolean
	>;
}

/** Logged effort of a project with the medians of its tasks, grouped (exactly) for the balance. */
async function workEntries(db: Queryable, projectId: number): Promise<WorkEntry[]> {
	const rows = await db
		.select({
			memberId: effortEntries.memberId,
			intensity: effortEntries.intensity,
			onerousTenths: projectTasks.onerousTenths,
			empowerTenths: projectTasks.empowerTenths,
			minutes: sql<number>`sum(${effortEntries.minutes})::int`
		})
		.from(effortEntries)
		.innerJoin(projectTasks, eq(projectTasks.id, effortEntries.taskId))
		.where(eq(effortEntries.projectId, projectId))
		.groupBy(
			effortEntries.memberId,
			effortEntries.intensity,
			projectTasks.onerousTenths,
			projectTasks.empowerTenths
		);
	return rows.map((r) => ({
		memberId: r.memberId,
		intensity: r.intensity,
		minutes: Number(r.minutes),
		onerousTenths: r.onerousTenths ?? NEUTRAL_TENTHS,
		empowerTenths: r.empowerTenths ?? NEUTRAL_TENTHS
	}));
}

const TASK_ORDER = sql`case ${projectTasks.status} when 'open' then 0 when 'claimed' then 1 else 2 end`;

/** What a list of tasks shows of each (the project page, the API's list). */
const taskColumns = {
	id: projectTasks.id,
	title: projectTasks.title,
	estimateMinutes: projectTasks.estimateMinutes,
	skills: projectTasks.skills,
	dueOn: projectTasks.dueOn,
	language: projectTasks.language,
	remote: projectTasks.remote,
	place: projectTasks.place,
	status: projectTasks.status,
	assigneeId: projectTasks.assigneeId,
	empowerTenths: projectTasks.empowerTenths,
	onerousTenths: projectTasks.onerousTenths,
	ratingCount: projectTasks.ratingCount
};

/** A project's page: its people, tasks, the balance of work, the suggestion and its updates. */
export async function projectPage(db: Queryable, who: Actor | null, projectId: number) {
	const loaded = await loadProject(db, who, projectId);
	const { project, subject } = loaded;
	const insider = subject.role !== null;
	const [chapterRows, memberRows, taskRows, entries, updateRows] = await Promise.all([
		project.chapterId
			? db
					.select({ id: chapters.id, name: chapters.name, slug: chapters.slug })
					.from(chapters)
					.where(eq(chapters.id, project.chapterId))
			: Promise.resolve([]),
		db
			.select({
				...personColumns(who),
				role: projectMembers.role,
				roleSince: projectMembers.roleSince,
				joinedAt: projectMembers.joinedAt,
				willingOnerous: projectMembers.willingOnerous
			})
			.from(projectMembers)
			.innerJoin(members, eq(members.id, projectMembers.memberId))
			.where(and(eq(projectMembers.projectId, projectId), isNull(projectMembers.leftAt)))
			.orderBy(asc(projectMembers.joinedAt), asc(projectMembers.id))
			.limit(500),
		db
			.select({
				...taskColumns,
				myEmpowerment: taskRatings.empowerment,
				myOnerousness: taskRatings.onerousness
			})
			.from(projectTasks)
			.leftJoin(
				taskRatings,
				and(eq(taskRatings.taskId, projectTasks.id), eq(taskRatings.memberId, who?.id ?? 0))
			)
			.where(eq(projectTasks.projectId, projectId))
			.orderBy(TASK_ORDER, asc(projectTasks.id))
			.limit(300),
		workEntries(db, projectId),
		db
			.select({
				id: posts.id,
				title: posts.title,
				body: posts.body,
				language: posts.language,
				publishedAt: posts.publishedAt,
				handle: members.handle,
				displayName: publicName(who)
			})
			.from(projectUpdates)
			.innerJoin(posts, eq(posts.id, projectUpdates.postId))
			.innerJoin(members, eq(members.id, posts.authorId))
			.where(and(eq(projectUpdates.projectId, projectId), visiblePosts(who)))
			.orderBy(desc(projectUpdates.postId))
			.limit(5)
	]);

	const people = memberRows.map((r) => ({
		...personFor(r, who, insider),
		role: r.role,
		roleSince: r.roleSince,
		joinedAt: r.joinedAt,
		willingOnerous: r.willingOnerous
	}));
	const byId = new Map(people.map((p) => [p.id, p]));
	const balance = projectBalance(
		people.map((p) => p.id),
		entries
	);
	const willing = new Set(memberRows.filter((r) => r.willingOnerous).map((r) => r.id));
	const nextOnerous =
		taskRows
			.filter(
				(t) =>
					t.status === 'open' && t.onerousTenths !== null && t.onerousTenths >= ONEROUS_FROM_TENTHS
			)
			.sort((a, b) => b.onerousTenths! - a.onerousTenths! || a.id - b.id)[0] ?? null;
	const suggestedId = suggestForOnerousTask(balance.members, willing);
	// Effort given by everyone who ever worked here (former members keep their recognition).
	const given = new Map<number, { minutes: number; units: number }>();
	for (const e of entries) {
		const g = given.get(e.memberId) ?? { minutes: 0, units: 0 };
		g.minutes += e.minutes;
		g.units += effortUnits(e);
		given.set(e.memberId, g);
	}
	const formerMinutes = [...given.entries()]
		.filter(([id]) => !byId.has(id))
		.reduce((s, [, g]) => s + g.minutes, 0);

	// The row without whom coordination is offered to: that goes out below, to the coordinator only.
	const { coordinationOfferedTo: offeredTo, ...shown } = project;
	return {
		project: {
			...shown,
			html: renderMarkdown(project.goals),
			needsHtml: project.needs ? renderMarkdown(project.needs) : '',
			url: loaded.url
		},
		chapter: chapterRows[0] ?? null,
		role: subject.role,
		willingOnerous: loaded.willingOnerous,
		coordinationOpen: !!subject.coordinationOpen,
		offeredToMe: !!subject.offeredToMe,
		// Whom the coordinator has offered the role to, for the coordinator's eyes.
		coordinationOfferedTo: subject.role === 'coordinator' ? offeredTo : null,
		nextStatuses: nextStatuses(project.status),
		joinRefusal: joinRefusal(who, subject),
		can: abilities(who, subject, [
			'join',
			'leave',
			'edit',
			'change-status',
			'take-coordination',
			'hand-over',
			'decline-coordination',
			'post-update',
			'add-task',
			'rate-task'
		]),
		members: people,
		tasks: taskRows.map(({ assigneeId, ...t }) => ({
			...t,
			assignee: assigneeId
				? (byId.get(assigneeId) ?? { id: assigneeId, handle: null, name: null })
				: null,
			mine: assigneeId !== null && assigneeId === who?.id,
			url: `${loaded.url}/tasks/${t.id}`,
			canClaim: can(who, 'claim-task', { ...subject, task: { status: t.status, assigneeId } })
		})),
		balance: {
			rows: balance.members
				.map((b) => ({
					...b,
					person: byId.get(b.memberId)!,
					recognisedMinutes: unitsToNeutralMinutes(b.effort)
				}))
				.sort((a, b) => b.effort - a.effort || a.memberId - b.memberId),
			onerousGini: balance.onerousGini,
			empoweringGini: balance.empoweringGini,
			level: balanceLevel(balance.onerousGini),
			totalMinutes: entries.reduce((s, e) => s + e.minutes, 0),
			formerMinutes
		},
		suggestion: {
			task: nextOnerous
				? {
						id: nextOnerous.id,
						title: nextOnerous.title,
						url: `${loaded.url}/tasks/${nextOnerous.id}`
					}
				: null,
			member: suggestedId !== null ? (byId.get(suggestedId) ?? null) : null
		},
		updates: updateRows.map((u) => ({
			...u,
			excerpt: markdownExcerpt(u.body),
			url: `/posts/${u.id}-${slugify(u.title)}`
		}))
	};
}

export const TASKS_PER_PAGE = 50;

/**
 * A page of a project's tasks, oldest first, keyset-paged by id (`after` the last one seen), for
 * those who may see the project: each assignee named as on the project page (by name to the
 * project's members, otherwise only when listed in the directory).
 */
export async function projectTaskList(
	db: Queryable,
	who: Actor | null,
	projectId: number,
	filter: { status?: TaskStatus; after?: number } = {},
	limit = TASKS_PER_PAGE
) {
	const loaded = await loadProject(db, who, projectId);
	const insider = loaded.subject.role !== null;
	const rows = await db
		.select({
			...taskColumns,
			description: projectTasks.description,
			createdAt: projectTasks.createdAt,
			completedAt: projectTasks.completedAt
		})
		.from(projectTasks)
		.where(
			and(
				eq(projectTasks.projectId, projectId),
				filter.status ? eq(projectTasks.status, filter.status) : undefined,
				filter.after ? gt(projectTasks.id, filter.after) : undefined
			)
		)
		.orderBy(asc(projectTasks.id))
		.limit(limit + 1);
	const more = rows.length > limit;
	if (more) rows.pop();
	const assigneeIds = [...new Set(rows.flatMap((t) => t.assigneeId ?? []))];
	const assignees = new Map(
		(assigneeIds.length
			? await db.select(personColumns(who)).from(members).where(inArray(members.id, assigneeIds))
			: []
		).map((r) => [r.id, personFor(r, who, insider)])
	);
	return {
		project: { id: loaded.project.id, title: loaded.project.title, url: loaded.url },
		tasks: rows.map(({ assigneeId, ...t }) => ({
			...t,
			assignee: assigneeId === null ? null : (assignees.get(assigneeId) ?? null),
			url: `${loaded.url}/tasks/${t.id}`
		})),
		next: more ? rows[rows.length - 1].id : null
	};
}

export const EFFORT_PER_PAGE = 50;

/** A task's page: its ratings, who does it, the effort logged on it. */
export async function taskPage(db: Queryable, who: Actor | null, taskId: number) {
	const loaded = await loadTask(db, who, taskId);
	const { task, subject } = loaded;
	const insider = subject.role !== null;
	// Who does it, or who it is offered to until they answer.
	const named = [task.assigneeId, task.offeredToId].filter((id): id is number => id !== null);
	const [mine, namedRows, effortRows, memberRows, creatorRows] = await Promise.all([
		who
			? db
					.select({ empowerment: taskRatings.empowerment, onerousness: taskRatings.onerousness })
					.from(taskRatings)
					.where(and(eq(taskRatings.taskId, taskId), eq(taskRatings.memberId, who.id)))
			: Promise.resolve([]),
		named.length
			? db.select(personColumns(who)).from(members).where(inArray(members.id, named))
			: Promise.resolve([]),
		db
			.select({
				entryId: effortEntries.id,
				minutes: effortEntries.minutes,
				intensity: effortEntries.intensity,
				workedOn: effortEntries.workedOn,
				note: effortEntries.note,
				...personColumns(who)
			})
			.from(effortEntries)
			.innerJoin(members, eq(members.id, effortEntries.memberId))
			.where(eq(effortEntries.taskId, taskId))
			.orderBy(desc(effortEntries.id))
			.limit(EFFORT_PER_PAGE),
		subject.role === 'coordinator'
			? db
					.select(personColumns(who))
					.from(projectMembers)
					.innerJoin(members, eq(members.id, projectMembers.memberId))
					.where(and(eq(projectMembers.projectId, task.projectId), isNull(projectMembers.leftAt)))
					.orderBy(asc(publicName(who)))
					.limit(500)
			: Promise.resolve([]),
		db.select(personColumns(who)).from(members).where(eq(members.id, task.createdBy))
	]);
	const [{ total }] = await db
		.select({ total: sql<number>`coalesce(sum(${effortEntries.minutes}), 0)::int` })
		.from(effortEntries)
		.where(eq(effortEntries.taskId, taskId));
	const t = { status: task.status, assigneeId: task.assigneeId, offeredToId: task.offeredToId };
	const person = (id: number | null) => {
		const row = namedRows.find((r) => r.id === id);
		return row ? personFor(row, who, insider) : null;
	};
	return {
		project: {
			id: loaded.project.id,
			title: loaded.project.title,
			status: loaded.project.status,
			url: loaded.url
		},
		task: {
			...task,
			html: task.description ? renderMarkdown(task.description) : '',
			url: loaded.taskUrl
		},
		role: subject.role,
		creator: creatorRows[0] ? personFor(creatorRows[0], who, insider) : null,
		assignee: person(task.assigneeId),
		offeredTo: person(task.offeredToId),
		myRating: mine[0] ?? null,
		totalMinutes: Number(total),
		effort: effortRows.map(({ entryId, minutes, intensity, workedOn, note, ...person }) => ({
			id: entryId,
			minutes,
			intensity,
			workedOn,
			note,
			own: person.id === who?.id,
			person: personFor(person, who, insider)
		})),
		projectMembers: memberRows.map((r) => personFor(r, who, true)),
		can: abilities(
			who,
			subject,
			[
				'rate-task',
				'claim-task',
				'assign-task',
				'decline-task',
				'release-task',
				'complete-task',
				'log-effort'
			],
			t
		)
	};
}
