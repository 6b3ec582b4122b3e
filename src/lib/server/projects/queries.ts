/**
 * Lists of projects and tasks, as the actor may see them: the projects list, small tasks, the
 * effort a member gave, the member's own projects. The project and task pages are in pages.ts.
 */
import { and, asc, desc, eq, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '$lib/domain/members/actor';
import type { Queryable } from '$lib/server/db/client';
import {
	chapters,
	effortEntries,
	members,
	projectMembers,
	projectTasks,
	projectUpdates,
	projects
} from '$lib/server/db/schema';
import { NotFound } from '$lib/server/errors';
import { isCurrentMember } from '$lib/server/members/privacy';
import { markdownExcerpt } from '$lib/server/writing/markdown';
import { effortUnits, unitsToNeutralMinutes } from '$lib/domain/work/effort';
import type { ProjectStatus } from '$lib/schemas/projects';
import { projectUrl } from './context';
import { NEUTRAL_TENTHS } from './pages';

export const PROJECTS_PER_PAGE = 20;
export const SMALL_TASKS_PER_PAGE = 30;

/** Projects the actor may see (an SQL condition for lists). */
export function visibleProjects(who: Actor | null): SQL {
	if (!who) return eq(projects.visibility, 'public');
	return or(
		inArray(projects.visibility, ['public', 'members']),
		and(eq(projects.visibility, 'chapter'), inArray(projects.chapterId, chapterIdsOf(who))),
		takesPart(who)
	)!;
}

const chapterIdsOf = (who: Actor) => (who.chapterIds.length ? who.chapterIds : [0]);

/** Projects the member has joined and not left. */
const takesPart = (who: Actor) =>
	sql`exists (select 1 from ${projectMembers} pm where pm.project_id = ${projects.id} and pm.member_id = ${who.id} and pm.left_at is null)`;

/**
 * Projects the member could take part in: their own, and those open to them (an organisation
 * project, or one of their chapters'), the same rule as joining (`can(actor, 'join', …)`).
 */
function openToJoin(who: Actor): SQL {
	return or(
		isNull(projects.chapterId),
		inArray(projects.chapterId, chapterIdsOf(who)),
		takesPart(who)
	)!;
}

/** A project's open tasks, as a subquery of a select on `projects` (served by project_tasks_project_idx). */
const openTaskCount = sql<number>`(select count(*)::int from ${projectTasks} pt where pt.project_id = ${projects.id} and pt.status = 'open')`;

export type ProjectFilter = { status?: ProjectStatus; chapterId?: number; mine?: boolean };

/** A page of projects the actor may see, newest first, keyset-paged by id. */
export async function projectList(
	db: Queryable,
	who: Actor | null,
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
export type SmallTaskFilter = {
	skill?: string;
	language?: string;
	chapterId?: number;
	remote?: boolean;
	maxMinutes: number;
};

/**
 * Open tasks under an hour (or `maxMinutes`) in projects that are proposed or active and that the
 * actor may see, shortest first, keyset-paged by (estimate, id). A member is offered only tasks of
 * projects they could join: another chapter's project would only answer that they cannot.
 */
export async function smallTasks(
	db: Queryable,
	who: Actor | null,
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
	if (who) conditions.push(openToJoin(who));
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
export async function effortGiven(db: Queryable, who: Actor | null, memberId: number) {
	const [person] = await db
		.select({ inDirectory: members.inDirectory })
		.from(members)
		.where(and(eq(members.id, memberId), isCurrentMember));
	if (!person) throw new NotFound('error_member_not_found');
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
export async function myProjects(db: Queryable, who: Actor) {
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
export async function smallTaskCount(db: Queryable, who: Actor | null, maxMinutes = 60) {
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
export async function projectOfUpdate(db: Queryable, who: Actor | null, postId: number) {
	const [row] = await db
		.select({ id: projects.id, title: projects.title })
		.from(projectUpdates)
		.innerJoin(projects, eq(projects.id, projectUpdates.projectId))
		.where(and(eq(projectUpdates.postId, postId), visibleProjects(who)));
	return row ? { title: row.title, url: projectUrl(row) } : null;
}
