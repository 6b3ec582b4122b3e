import { sql } from 'drizzle-orm';
import {
	bigint,
	boolean,
	date,
	index,
	integer,
	pgTable,
	primaryKey,
	smallint,
	text,
	timestamp,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import type { ProjectStatus } from '../../../domain/work/status';
import { chapters } from './chapters';
import { atLeast, between, everyValue, oneOf } from './checks';
import { members } from './members';
import { documentSql, posts, tsvector, VISIBILITIES, type Visibility } from './writing';

export const PROJECT_STATUSES = everyValue<ProjectStatus>()([
	'proposed',
	'active',
	'completed',
	'archived'
]);
export const PROJECT_ROLES = ['coordinator', 'member'] as const;
export type ProjectRole = (typeof PROJECT_ROLES)[number];
export const TASK_STATUSES = ['open', 'claimed', 'done'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/**
 * Projects members propose for others to join (organisation-wide when `chapter_id` is null).
 * Status moves proposed → active → completed or archived. Other areas rely on the names of
 * `projects` and `project_members` (decisions scoped to a project: current members vote).
 */
export const projects = pgTable(
	'projects',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		title: text('title').notNull(),
		goals: text('goals').notNull(),
		/** The help it needs, in the proposer's words. */
		needs: text('needs').notNull().default(''),
		chapterId: bigint('chapter_id', { mode: 'number' }).references(() => chapters.id),
		/** public | members | chapter (readers: members of `chapter_id`). */
		visibility: text('visibility').$type<Visibility>().notNull().default('public'),
		/** proposed | active | completed | archived */
		status: text('status').$type<ProjectStatus>().notNull().default('proposed'),
		language: text('language').notNull().default('en'),
		proposedBy: bigint('proposed_by', { mode: 'number' })
			.notNull()
			.references(() => members.id),
		/** The member the coordinator has offered the role to; they take it or decline it. */
		coordinationOfferedTo: bigint('coordination_offered_to', { mode: 'number' }).references(
			() => members.id
		),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		/** For the site search: the title first, then the goals and the help it needs. */
		search: tsvector('search')
			.notNull()
			.generatedAlwaysAs(documentSql('language', 'title', "goals || ' ' || needs"))
	},
	(t) => [
		index('projects_status_idx').on(t.status, t.id.desc()),
		index('projects_chapter_idx').on(t.chapterId, t.id.desc()),
		index('projects_search_idx').using('gin', t.search),
		oneOf('projects_visibility_check', t.visibility, VISIBILITIES),
		oneOf('projects_status_check', t.status, PROJECT_STATUSES)
	]
);

/**
 * Who is in a project, one row per stint: leaving sets `left_at`, joining again adds a row.
 * `role` is `coordinator` or `member`; the coordinator role rotates (handed over, never held
 * by two at once). `willing_onerous`: the member is willing to be suggested for onerous tasks.
 */
export const projectMembers = pgTable(
	'project_members',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		projectId: bigint('project_id', { mode: 'number' })
			.notNull()
			.references(() => projects.id, { onDelete: 'cascade' }),
		memberId: bigint('member_id', { mode: 'number' })
			.notNull()
			.references(() => members.id),
		role: text('role').$type<ProjectRole>().notNull().default('member'),
		/** When the member took their current role (the coordinator's term runs from here). */
		roleSince: timestamp('role_since', { withTimezone: true }).notNull().defaultNow(),
		willingOnerous: boolean('willing_onerous').notNull().default(true),
		joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
		leftAt: timestamp('left_at', { withTimezone: true })
	},
	(t) => [
		uniqueIndex('project_members_current_key')
			.on(t.projectId, t.memberId)
			.where(sql`left_at is null`),
		uniqueIndex('project_members_coordinator_key')
			.on(t.projectId)
			.where(sql`left_at is null and role = 'coordinator'`),
		index('project_members_member_idx').on(t.memberId, t.projectId),
		oneOf('project_members_role_check', t.role, PROJECT_ROLES)
	]
);

/**
 * A task in a project. `empower_tenths` and `onerous_tenths` are the medians of the members'
 * ratings (10–50), kept up to date by the rating command; null until someone rates.
 */
export const projectTasks = pgTable(
	'project_tasks',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		projectId: bigint('project_id', { mode: 'number' })
			.notNull()
			.references(() => projects.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		description: text('description').notNull().default(''),
		estimateMinutes: integer('estimate_minutes').notNull(),
		skills: text('skills')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		dueOn: date('due_on'),
		language: text('language').notNull().default('en'),
		remote: boolean('remote').notNull().default(true),
		place: text('place').notNull().default(''),
		/** open | claimed | done */
		status: text('status').$type<TaskStatus>().notNull().default('open'),
		assigneeId: bigint('assignee_id', { mode: 'number' }).references(() => members.id),
		/**
		 * The member the coordinator offered the task to: it stays open until they take it (or
		 * decline), since nobody is given work without their consent.
		 */
		offeredToId: bigint('offered_to_id', { mode: 'number' }).references(() => members.id),
		createdBy: bigint('created_by', { mode: 'number' })
			.notNull()
			.references(() => members.id),
		empowerTenths: smallint('empower_tenths'),
		onerousTenths: smallint('onerous_tenths'),
		ratingCount: integer('rating_count').notNull().default(0),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		completedAt: timestamp('completed_at', { withTimezone: true })
	},
	(t) => [
		index('project_tasks_project_idx').on(t.projectId, t.status, t.id),
		// The organisation-wide list of small open tasks.
		index('project_tasks_small_idx')
			.on(t.estimateMinutes, t.id)
			.where(sql`status = 'open'`),
		index('project_tasks_skills_idx').using('gin', t.skills),
		index('project_tasks_assignee_idx').on(t.assigneeId),
		oneOf('project_tasks_status_check', t.status, TASK_STATUSES),
		atLeast('project_tasks_estimate_check', t.estimateMinutes, 1),
		between('project_tasks_empower_check', t.empowerTenths, 10, 50),
		between('project_tasks_onerous_check', t.onerousTenths, 10, 50)
	]
);

/** One member's rating of a task (1–5 each); changing it replaces it. */
export const taskRatings = pgTable(
	'task_ratings',
	{
		taskId: bigint('task_id', { mode: 'number' })
			.notNull()
			.references(() => projectTasks.id, { onDelete: 'cascade' }),
		memberId: bigint('member_id', { mode: 'number' })
			.notNull()
			.references(() => members.id),
		empowerment: smallint('empowerment').notNull(),
		onerousness: smallint('onerousness').notNull(),
		ratedAt: timestamp('rated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.taskId, t.memberId] }),
		between('task_ratings_empowerment_check', t.empowerment, 1, 5),
		between('task_ratings_onerousness_check', t.onerousness, 1, 5)
	]
);

/** Effort a member logged on a task: minutes and intensity (1–5), for themselves only. */
export const effortEntries = pgTable(
	'effort_entries',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		projectId: bigint('project_id', { mode: 'number' })
			.notNull()
			.references(() => projects.id, { onDelete: 'cascade' }),
		taskId: bigint('task_id', { mode: 'number' })
			.notNull()
			.references(() => projectTasks.id, { onDelete: 'cascade' }),
		memberId: bigint('member_id', { mode: 'number' })
			.notNull()
			.references(() => members.id),
		minutes: integer('minutes').notNull(),
		intensity: smallint('intensity').notNull(),
		workedOn: date('worked_on').notNull(),
		note: text('note').notNull().default(''),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('effort_entries_project_idx').on(t.projectId, t.memberId),
		index('effort_entries_task_idx').on(t.taskId, t.id),
		index('effort_entries_member_idx').on(t.memberId, t.projectId),
		atLeast('effort_entries_minutes_check', t.minutes, 1),
		between('effort_entries_intensity_check', t.intensity, 1, 5)
	]
);

/** Project updates are posts (the writing capability); this links each to its project. */
export const projectUpdates = pgTable(
	'project_updates',
	{
		postId: bigint('post_id', { mode: 'number' })
			.primaryKey()
			.references(() => posts.id, { onDelete: 'cascade' }),
		projectId: bigint('project_id', { mode: 'number' })
			.notNull()
			.references(() => projects.id, { onDelete: 'cascade' })
	},
	(t) => [index('project_updates_project_idx').on(t.projectId, t.postId.desc())]
);

export type Project = typeof projects.$inferSelect;
export type ProjectTask = typeof projectTasks.$inferSelect;
