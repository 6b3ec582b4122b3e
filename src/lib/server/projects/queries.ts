import { slugify } from '$lib/server/refs';
import { and, asc, desc, eq, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import {
	chapters,
	effortEntries,
	members,
	posts,
	projectMembers,
	projectTasks,
	projectUpdates,
	projects,
	taskRatings
} from '$lib/server/db/schema';
import { NotFound } from '$lib/server/errors';
import { visibleName } from '$lib/server/members/privacy';
import { markdownExcerpt, renderMarkdown } from '$lib/server/writing/markdown';
import { visiblePosts } from '$lib/server/writing/queries';
import { projectBalance, type WorkEntry } from '$lib/domain/work/balance';
import { effortUnits, unitsToNeutralMinutes } from '$lib/domain/work/effort';
import { suggestForOnerousTask } from '$lib/domain/work/suggest';
import { balanceLevel, nextStatuses } from '$lib/domain/work/status';
import type { ProjectStatus } from '$lib/schemas/projects';
import { can, type ProjectAction, type ProjectActor } from './policy';
import { loadProject, loadTask, projectUrl } from './context';

export const PROJECTS_PER_PAGE = 20;
export const SMALL_TASKS_PER_PAGE = 30;
/** A task rated at least this onerous (median, tenths) is "onerous" for the suggestion. */
export const ONEROUS_FROM_TENTHS = 35;
/** Effort on an unrated task counts as neutral (3 of 5). */
const NEUTRAL_TENTHS = 30;

/** Projects the actor may see (an SQL condition for lists). */
export function visibleProjects(who: ProjectActor): SQL {
	if (!who) return eq(projects.visibility, 'public');
	const chapterIds = who.chapterIds.length ? who.chapterIds : [0];
	return or(
		inArray(projects.visibility, ['public', 'members']),
		and(eq(projects.visibility, 'chapter'), inArray(projects.chapterId, chapterIds)),
		sql`exists (select 1 from ${projectMembers} pm where pm.project_id = ${projects.id} and pm.member_id = ${who.id} and pm.left_at is null)`
	)!;
}

/** A project's open tasks, as a subquery of a select on `projects` (served by project_tasks_project_idx). */
const openTaskCount = sql<number>`(select count(*)::int from ${projectTasks} pt where pt.project_id = ${projects.id} and pt.status = 'open')`;

export type ProjectFilter = { status?: ProjectStatus; chapterId?: number; mine?: boolean };

/** A page of projects the actor may see, newest first, keyset-paged by id. */
export async function projectList(
	db: Queryable,
	who: ProjectActor,
	filter: ProjectFilter = {},
	before?: number,
	limit = PROJECTS_PER_PAGE
) {
	const conditions: SQL[] = [visibleProjects(who)];
	if (filter.status) conditions.push(eq(projects.status, filter.status));
	if (filter.chapterId) conditions.push(eq(projects.chapterId, filter.chapterId));
	if (filter.mine && who)
		conditions.push(
			sql`exists (select 1 from ${projectMembers} mine where mine.project_id = ${projects.id} and mine.member_id = ${who.id} and mine.left_at is null)`
		);
	if (before) conditions.push(sql`${projects.id} < ${before}`);
	const rows = await db
		.select({
			id: projects.id,
			title: projects.title,
			goals: projects.goals,
			needs: projects.needs,
			status: projects.status,
			visibility: projects.visibility,
			language: projects.language,
			createdAt: projects.createdAt,
			chapterName: chapters.name,
			chapterSlug: chapters.slug,
			memberCount: sql<number>`(select count(*)::int from ${projectMembers} pm where pm.project_id = ${projects.id} and pm.left_at is null)`,
			openTasks: openTaskCount
		})
		.from(projects)
		.leftJoin(chapters, eq(chapters.id, projects.chapterId))
		.where(and(...conditions))
		.orderBy(desc(projects.id))
		.limit(limit + 1);
	const more = rows.length > limit;
	if (more) rows.pop();
	return {
		projects: rows.map(({ goals, ...p }) => ({
			...p,
			memberCount: Number(p.memberCount),
			openTasks: Number(p.openTasks),
			excerpt: markdownExcerpt(goals),
			url: projectUrl(p)
		})),
		next: more ? rows[rows.length - 1].id : null
	};
}

type PersonRow = {
	id: number;
	handle: string;
	displayName: string;
	showFullName: boolean;
	inDirectory: boolean;
	deletedAt: Date | null;
};

/**
 * How a person appears to this viewer: project members see each other by name (they work
 * together); others see only people listed in the directory, by the name privacy allows.
 */
function personFor(row: PersonRow, who: ProjectActor, insider: boolean) {
	const shown = !row.deletedAt && (insider || row.inDirectory || row.id === who?.id);
	return shown
		? { id: row.id, handle: row.handle, name: visibleName(row, who) }
		: { id: row.id, handle: null, name: null };
}

const personColumns = {
	id: members.id,
	handle: members.handle,
	displayName: members.displayName,
	showFullName: members.showFullName,
	inDirectory: members.inDirectory,
	deletedAt: members.deletedAt
};

/** Every action the page may offer, as the policy decides it. */
function abilities(
	who: ProjectActor,
	subject: Parameters<typeof can>[2],
	actions: ProjectAction[],
	task?: Parameters<typeof can>[3]
) {
	return Object.fromEntries(actions.map((a) => [a, can(who, a, subject, task)])) as Record<
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

/** A project's page: its people, tasks, the balance of work, the suggestion and its updates. */
export async function projectPage(db: Queryable, who: ProjectActor, projectId: number) {
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
				...personColumns,
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
				ratingCount: projectTasks.ratingCount,
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
				displayName: members.displayName
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

	return {
		project: {
			...project,
			html: renderMarkdown(project.goals),
			needsHtml: project.needs ? renderMarkdown(project.needs) : '',
			url: loaded.url
		},
		chapter: chapterRows[0] ?? null,
		role: subject.role,
		willingOnerous: loaded.willingOnerous,
		coordinationOpen: !!subject.coordinationOpen,
		nextStatuses: nextStatuses(project.status),
		can: abilities(who, subject, [
			'join',
			'leave',
			'edit',
			'change-status',
			'take-coordination',
			'hand-over',
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
			canClaim: can(who, 'claim-task', subject, { status: t.status, assigneeId })
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

export const EFFORT_PER_PAGE = 50;

/** A task's page: its ratings, who does it, the effort logged on it. */
export async function taskPage(db: Queryable, who: ProjectActor, taskId: number) {
	const loaded = await loadTask(db, who, taskId);
	const { task, subject } = loaded;
	const insider = subject.role !== null;
	const [mine, assigneeRows, effortRows, memberRows, creatorRows] = await Promise.all([
		who
			? db
					.select({ empowerment: taskRatings.empowerment, onerousness: taskRatings.onerousness })
					.from(taskRatings)
					.where(and(eq(taskRatings.taskId, taskId), eq(taskRatings.memberId, who.id)))
			: Promise.resolve([]),
		task.assigneeId
			? db.select(personColumns).from(members).where(eq(members.id, task.assigneeId))
			: Promise.resolve([]),
		db
			.select({
				entryId: effortEntries.id,
				minutes: effortEntries.minutes,
				intensity: effortEntries.intensity,
				workedOn: effortEntries.workedOn,
				note: effortEntries.note,
				...personColumns
			})
			.from(effortEntries)
			.innerJoin(members, eq(members.id, effortEntries.memberId))
			.where(eq(effortEntries.taskId, taskId))
			.orderBy(desc(effortEntries.id))
			.limit(EFFORT_PER_PAGE),
		subject.role === 'coordinator'
			? db
					.select(personColumns)
					.from(projectMembers)
					.innerJoin(members, eq(members.id, projectMembers.memberId))
					.where(and(eq(projectMembers.projectId, task.projectId), isNull(projectMembers.leftAt)))
					.orderBy(asc(members.displayName))
					.limit(500)
			: Promise.resolve([]),
		db.select(personColumns).from(members).where(eq(members.id, task.createdBy))
	]);
	const [{ total }] = await db
		.select({ total: sql<number>`coalesce(sum(${effortEntries.minutes}), 0)::int` })
		.from(effortEntries)
		.where(eq(effortEntries.taskId, taskId));
	const t = { status: task.status, assigneeId: task.assigneeId };
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
		assignee: assigneeRows[0] ? personFor(assigneeRows[0], who, insider) : null,
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
			['rate-task', 'claim-task', 'assign-task', 'release-task', 'complete-task', 'log-effort'],
			t
		)
	};
}

export type SmallTaskFilter = {
	skill?: string;
	language?: string;
	chapterId?: number;
	remote?: boolean;
	maxMinutes: number;
};

/**
 * Open tasks under an hour (or `maxMinutes`) in projects that are proposed or active and that the
 * actor may see, shortest first, keyset-paged by (estimate, id).
 */
export async function smallTasks(
	db: Queryable,
	who: ProjectActor,
	filter: SmallTaskFilter,
	after?: { minutes: number; id: number },
	limit = SMALL_TASKS_PER_PAGE
) {
	const conditions: SQL[] = [
		eq(projectTasks.status, 'open'),
		lte(projectTasks.estimateMinutes, filter.maxMinutes),
		inArray(projects.status, ['proposed', 'active']),
		visibleProjects(who)
	];
	if (filter.skill) conditions.push(sql`${projectTasks.skills} @> array[${filter.skill}]::text[]`);
	if (filter.language) conditions.push(eq(projectTasks.language, filter.language));
	if (filter.chapterId) conditions.push(eq(projects.chapterId, filter.chapterId));
	if (filter.remote) conditions.push(eq(projectTasks.remote, true));
	if (after)
		conditions.push(
			sql`(${projectTasks.estimateMinutes}, ${projectTasks.id}) > (${after.minutes}, ${after.id})`
		);
	const rows = await db
		.select({
			id: projectTasks.id,
			title: projectTasks.title,
			estimateMinutes: projectTasks.estimateMinutes,
			skills: projectTasks.skills,
			language: projectTasks.language,
			remote: projectTasks.remote,
			place: projectTasks.place,
			dueOn: projectTasks.dueOn,
			onerousTenths: projectTasks.onerousTenths,
			empowerTenths: projectTasks.empowerTenths,
			projectId: projects.id,
			projectTitle: projects.title,
			chapterName: chapters.name,
			chapterSlug: chapters.slug
		})
		.from(projectTasks)
		.innerJoin(projects, eq(projects.id, projectTasks.projectId))
		.leftJoin(chapters, eq(chapters.id, projects.chapterId))
		.where(and(...conditions))
		.orderBy(asc(projectTasks.estimateMinutes), asc(projectTasks.id))
		.limit(limit + 1);
	const more = rows.length > limit;
	if (more) rows.pop();
	const last = rows[rows.length - 1];
	return {
		tasks: rows.map((r) => {
			const projectLink = projectUrl({ id: r.projectId, title: r.projectTitle });
			return { ...r, projectUrl: projectLink, url: `${projectLink}/tasks/${r.id}` };
		}),
		next: more && last ? `${last.estimateMinutes}_${last.id}` : null
	};
}

/** Skills in use on open tasks, for the small-tasks filter. */
export async function openTaskSkills(db: Queryable) {
	const rows = await db.execute<{ skill: string }>(
		sql`select distinct unnest(skills) as skill from ${projectTasks} where status = 'open' order by 1 limit 200`
	);
	return (rows.rows ?? (rows as unknown as { skill: string }[])).map((r) => r.skill);
}

/** Chapters that have projects, for filters. */
export async function chaptersWithProjects(db: Queryable) {
	return db
		.selectDistinct({ id: chapters.id, name: chapters.name, slug: chapters.slug })
		.from(projects)
		.innerJoin(chapters, eq(chapters.id, projects.chapterId))
		.orderBy(asc(chapters.name))
		.limit(500);
}

/**
 * The "effort given" summary of a member, per project the viewer may see: time, recognised time
 * (duration × intensity × onerousness, in neutral minutes) and tasks completed. Not money. Shown
 * to the member, and to others only when the member is listed in the directory.
 */
export async function effortGiven(db: Queryable, who: ProjectActor, memberId: number) {
	const [person] = await db
		.select({ inDirectory: members.inDirectory, deletedAt: members.deletedAt })
		.from(members)
		.where(eq(members.id, memberId));
	if (!person || person.deletedAt) throw new NotFound('error_member_not_found');
	if (!person.inDirectory && who?.id !== memberId) return null;
	const rows = await db
		.select({
			projectId: projects.id,
			title: projects.title,
			status: projects.status,
			intensity: effortEntries.intensity,
			onerousTenths: projectTasks.onerousTenths,
			minutes: sql<number>`sum(${effortEntries.minutes})::int`
		})
		.from(effortEntries)
		.innerJoin(projects, eq(projects.id, effortEntries.projectId))
		.innerJoin(projectTasks, eq(projectTasks.id, effortEntries.taskId))
		.where(and(eq(effortEntries.memberId, memberId), visibleProjects(who)))
		.groupBy(
			projects.id,
			projects.title,
			projects.status,
			effortEntries.intensity,
			projectTasks.onerousTenths
		)
		.limit(5000);
	const done = await db
		.select({ projectId: projectTasks.projectId, n: sql<number>`count(*)::int` })
		.from(projectTasks)
		.where(and(eq(projectTasks.assigneeId, memberId), eq(projectTasks.status, 'done')))
		.groupBy(projectTasks.projectId);
	const doneBy = new Map(done.map((d) => [d.projectId, Number(d.n)]));
	const byProject = new Map<
		number,
		{
			id: number;
			title: string;
			status: string;
			url: string;
			minutes: number;
			units: number;
			tasksDone: number;
		}
	>();
	for (const r of rows) {
		const p = byProject.get(r.projectId) ?? {
			id: r.projectId,
			title: r.title,
			status: r.status,
			url: projectUrl({ id: r.projectId, title: r.title }),
			minutes: 0,
			units: 0,
			tasksDone: doneBy.get(r.projectId) ?? 0
		};
		const minutes = Number(r.minutes);
		p.minutes += minutes;
		p.units += effortUnits({
			minutes,
			intensity: r.intensity,
			onerousTenths: r.onerousTenths ?? NEUTRAL_TENTHS
		});
		byProject.set(r.projectId, p);
	}
	const list = [...byProject.values()]
		.map(({ units, ...p }) => ({ ...p, recognisedMinutes: unitsToNeutralMinutes(units) }))
		.sort((a, b) => b.minutes - a.minutes || a.id - b.id);
	return {
		projects: list,
		minutes: list.reduce((s, p) => s + p.minutes, 0),
		recognisedMinutes: list.reduce((s, p) => s + p.recognisedMinutes, 0),
		tasksDone: list.reduce((s, p) => s + p.tasksDone, 0)
	};
}

/** The member's current projects, for the dashboard and the welcome page. */
export async function myProjects(db: Queryable, who: NonNullable<ProjectActor>) {
	const rows = await db
		.select({
			id: projects.id,
			title: projects.title,
			status: projects.status,
			role: projectMembers.role,
			openTasks: openTaskCount,
			myTasks: sql<number>`(select count(*)::int from ${projectTasks} pt where pt.project_id = ${projects.id} and pt.status = 'claimed' and pt.assignee_id = ${who.id})`
		})
		.from(projectMembers)
		.innerJoin(projects, eq(projects.id, projectMembers.projectId))
		.where(and(eq(projectMembers.memberId, who.id), isNull(projectMembers.leftAt)))
		.orderBy(desc(projects.id))
		.limit(50);
	return rows.map((r) => ({
		...r,
		openTasks: Number(r.openTasks),
		myTasks: Number(r.myTasks),
		url: projectUrl(r)
	}));
}

/** How many small open tasks the actor could pick up (for the dashboard link). */
export async function smallTaskCount(db: Queryable, who: ProjectActor, maxMinutes = 60) {
	const [row] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(projectTasks)
		.innerJoin(projects, eq(projects.id, projectTasks.projectId))
		.where(
			and(
				eq(projectTasks.status, 'open'),
				lte(projectTasks.estimateMinutes, maxMinutes),
				inArray(projects.status, ['proposed', 'active']),
				visibleProjects(who)
			)
		);
	return Number(row.n);
}

/** Parse a small-tasks cursor (`minutes_id`). */
export function parseTaskCursor(value: string | null) {
	const m = value ? /^(\d{1,5})_(\d{1,15})$/.exec(value) : null;
	return m ? { minutes: Number(m[1]), id: Number(m[2]) } : undefined;
}

/** The project a post is an update of, if it is one and the reader may see the project. */
export async function projectOfUpdate(db: Queryable, who: ProjectActor, postId: number) {
	const [row] = await db
		.select({ id: projects.id, title: projects.title })
		.from(projectUpdates)
		.innerJoin(projects, eq(projects.id, projectUpdates.projectId))
		.where(and(eq(projectUpdates.postId, postId), visibleProjects(who)));
	return row ? { title: row.title, url: projectUrl(row) } : null;
}
