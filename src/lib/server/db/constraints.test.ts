/**
 * The database's own edges: a value the code never writes (an unknown tier, phase, status …) or a
 * number outside a fixed rule is refused by the table itself, whatever path it came by. Rows go
 * in as plain SQL, so the compiler's types do not stand between the test and the database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connection } from './client';
import { createTestDatabase } from './testing';
import {
	COMMENT_SUBJECT_TYPES,
	EVENT_SUBJECT_TYPES,
	FLAG_SUBJECT_TYPES
} from '$lib/server/db/schema';
import { catalogue } from '$lib/server/events/catalogue';
import { isSubjectType } from '$lib/server/comments/registry';
import '$lib/server/commentables';

let conn: Connection;
let serial = 0;
const ids: Record<string, number> = {};

type Row = Record<string, string | number | null>;

/** An insert as a parameterised statement (the extended protocol, as the app's queries use). */
function insertSql(table: string, row: Row) {
	const cols = Object.keys(row);
	return {
		text: `insert into ${table} (${cols.join(', ')}) values (${cols.map((_, i) => `$${i + 1}`).join(', ')}) returning *`,
		values: cols.map((c) => row[c])
	};
}

type Statement = { text: string; values: unknown[] };

async function insert(table: string, row: Row): Promise<number> {
	const r = await conn.pool.query(insertSql(table, row));
	return Number(r.rows[0].id);
}

/**
 * The database error a statement ends in (none: the statement went through). It runs in a
 * transaction of its own, committed when it succeeds and rolled back when it fails.
 */
async function refusal(
	statement: Statement
): Promise<{ code?: string; constraint?: string } | null> {
	const client = await conn.pool.connect();
	try {
		await client.query('begin');
		await client.query(statement);
		await client.query('commit');
		return null;
	} catch (err) {
		await client.query('rollback');
		return err as { code?: string; constraint?: string };
	} finally {
		client.release();
	}
}

/** A valid row for each table, fresh each call (unique keys get a new serial). */
const valid: Record<string, () => Row> = {
	members: () => ({
		email: `m${++serial}@example.net`,
		password_hash: '!',
		handle: `m${serial}`,
		display_name: `M ${serial}`,
		country: 'FR',
		tier: 'member',
		gender: 'x',
		age_band: '25-34'
	}),
	email_tokens: () => ({
		id: `token-${++serial}`,
		member_id: ids.member,
		purpose: 'verify-email',
		email: 'a@example.net',
		expires_at: '2099-01-01T00:00:00Z'
	}),
	chapters: () => ({
		kind: 'country',
		name: `C ${++serial}`,
		slug: `c-${serial}`,
		country: `Q${String.fromCharCode(65 + (serial % 26))}`
	}),
	mandates: () => ({ member_id: ids.member, role: 'facilitator', scope_kind: 'organisation' }),
	roles: () => ({ key: `role-${++serial}`, scope_kinds: '{chapter}' }),
	posts: () => ({
		kind: 'blog',
		author_id: ids.member,
		title: 'T',
		slug: 't',
		body: 'B',
		visibility: 'public',
		status: 'draft',
		slow_mode_seconds: 0
	}),
	forum_threads: () => ({
		category_id: ids.category,
		author_id: ids.member,
		title: 'T',
		body: 'B',
		slow_mode_seconds: 300
	}),
	comments: () => ({
		subject_type: 'post',
		subject_id: ids.post,
		author_id: ids.member,
		body: 'B'
	}),
	flags: () => ({
		subject_type: 'comment',
		subject_id: ++serial,
		member_id: ids.member,
		reason: 'spam'
	}),
	images: () => ({
		owner_id: ids.member,
		purpose: 'avatar',
		key: `k${++serial}`,
		content_type: 'image/webp',
		width: 1,
		height: 1,
		sizes: '{}'
	}),
	events: () => ({ type: 'post.published', subject_type: 'post', subject_id: 1 }),
	decisions: () => ({
		title: 'D',
		slug: 'd',
		body: 'B',
		author_id: ids.member,
		scope_kind: 'organisation',
		ballot_type: 'motion',
		method: 'threshold',
		weighting: 'equal',
		phase: 'closed',
		outcome: 'passes',
		stage: null,
		slow_mode_seconds: 0
	}),
	decision_groups: () => ({
		decision_id: ids.decision,
		group_kind: 'chapter',
		group_id: ++serial
	}),
	amendments: () => ({
		decision_id: ids.decision,
		author_id: ids.member,
		base_version: 1,
		body: 'B',
		status: 'open'
	}),
	amendment_votes: () => ({
		amendment_id: ids.amendment,
		member_id: ids.member,
		choice: 'yes',
		weight: 1
	}),
	ballots: () => ({
		decision_id: ids.decision,
		voter_id: ids.member,
		choice: '"yes"',
		weight: 2
	}),
	stake_declarations: () => ({
		decision_id: ids.decision,
		member_id: ids.member,
		level: 3,
		reason: 'R'
	}),
	revisit_petitions: () => ({
		decision_id: ids.decision,
		author_id: ids.member,
		reason: 'R',
		threshold: 1,
		status: 'reopened'
	}),
	projects: () => ({
		title: 'P',
		goals: 'G',
		proposed_by: ids.member,
		visibility: 'members',
		status: 'active'
	}),
	project_members: () => ({
		project_id: ids.project,
		member_id: ids.member,
		role: 'coordinator'
	}),
	project_tasks: () => ({
		project_id: ids.project,
		title: 'T',
		estimate_minutes: 30,
		created_by: ids.member,
		status: 'open',
		empower_tenths: 35,
		onerous_tenths: 10
	}),
	task_ratings: () => ({
		task_id: ids.task,
		member_id: ids.member,
		empowerment: 5,
		onerousness: 1
	}),
	effort_entries: () => ({
		project_id: ids.project,
		task_id: ids.task,
		member_id: ids.member,
		minutes: 45,
		intensity: 3,
		worked_on: '2026-01-01'
	})
};

/** [table, a column's bad value, the constraint that refuses it] */
const refused: [string, Row, string][] = [
	['members', { tier: 'emperor' }, 'members_tier_check'],
	['members', { gender: 'q' }, 'members_gender_check'],
	['members', { age_band: '0-17' }, 'members_age_band_check'],
	['email_tokens', { purpose: 'log-in' }, 'email_tokens_purpose_check'],
	['chapters', { kind: 'city' }, 'chapters_kind_check'],
	['mandates', { end_reason: 'bored' }, 'mandates_end_reason_check'],
	['roles', { seats: 0 }, 'roles_seats_check'],
	['posts', { kind: 'wiki' }, 'posts_kind_check'],
	['posts', { visibility: 'secret' }, 'posts_visibility_check'],
	['posts', { status: 'archived' }, 'posts_status_check'],
	['posts', { slow_mode_seconds: -1 }, 'posts_slow_mode_check'],
	['forum_threads', { slow_mode_seconds: -5 }, 'forum_threads_slow_mode_check'],
	['comments', { subject_type: 'member' }, 'comments_subject_type_check'],
	['flags', { subject_type: 'member' }, 'flags_subject_type_check'],
	['flags', { reason: 'dislike' }, 'flags_reason_check'],
	['images', { purpose: 'banner' }, 'images_purpose_check'],
	['events', { subject_type: 'planet' }, 'events_subject_type_check'],
	['decisions', { scope_kind: 'world' }, 'decisions_scope_kind_check'],
	['decisions', { ballot_type: 'poll' }, 'decisions_ballot_type_check'],
	['decisions', { method: 'stv-meek' }, 'decisions_method_check'],
	['decisions', { weighting: 'wealth' }, 'decisions_weighting_check'],
	['decisions', { phase: 'archived' }, 'decisions_phase_check'],
	['decisions', { outcome: 'tie' }, 'decisions_outcome_check'],
	['decisions', { stage: 'final' }, 'decisions_stage_check'],
	['decisions', { slow_mode_seconds: -1 }, 'decisions_slow_mode_check'],
	['decision_groups', { group_kind: 'committee' }, 'decision_groups_group_kind_check'],
	['amendments', { status: 'rejected' }, 'amendments_status_check'],
	['amendment_votes', { choice: 'block' }, 'amendment_votes_choice_check'],
	['amendment_votes', { weight: 0 }, 'amendment_votes_weight_check'],
	['ballots', { weight: 0 }, 'ballots_weight_check'],
	['ballots', { weight: -3 }, 'ballots_weight_check'],
	['stake_declarations', { level: 0 }, 'stake_declarations_level_check'],
	['stake_declarations', { level: 11 }, 'stake_declarations_level_check'],
	['revisit_petitions', { status: 'closed' }, 'revisit_petitions_status_check'],
	['revisit_petitions', { threshold: 0 }, 'revisit_petitions_threshold_check'],
	['projects', { visibility: 'secret' }, 'projects_visibility_check'],
	['projects', { status: 'paused' }, 'projects_status_check'],
	['project_members', { role: 'owner' }, 'project_members_role_check'],
	['project_tasks', { status: 'blocked' }, 'project_tasks_status_check'],
	['project_tasks', { estimate_minutes: 0 }, 'project_tasks_estimate_check'],
	['project_tasks', { empower_tenths: 9 }, 'project_tasks_empower_check'],
	['project_tasks', { onerous_tenths: 51 }, 'project_tasks_onerous_check'],
	['task_ratings', { empowerment: 0 }, 'task_ratings_empowerment_check'],
	['task_ratings', { onerousness: 6 }, 'task_ratings_onerousness_check'],
	['effort_entries', { minutes: 0 }, 'effort_entries_minutes_check'],
	['effort_entries', { intensity: 6 }, 'effort_entries_intensity_check']
];

beforeAll(async () => {
	conn = await createTestDatabase();
	ids.member = await insert('members', valid.members());
	ids.category = await insert('forum_categories', { slug: 'general', name: 'General' });
	ids.post = await insert('posts', valid.posts());
	ids.decision = await insert('decisions', valid.decisions());
	ids.amendment = await insert('amendments', valid.amendments());
	ids.project = await insert('projects', valid.projects());
	ids.task = await insert('project_tasks', valid.project_tasks());
});
afterAll(async () => {
	await conn?.close();
});

describe('check constraints', () => {
	it.each(Object.keys(valid))('accept a row of %s as the code writes it', async (table) => {
		// Rows keyed by a member get a member of their own, so each valid row is the first of its kind.
		const row = valid[table]();
		for (const key of ['member_id', 'voter_id'])
			if (key in row) row[key] = await insert('members', valid.members());
		expect(await refusal(insertSql(table, row))).toBeNull();
	});

	it.each(refused)('refuse in %s the value %o (%s)', async (table, bad, constraint) => {
		const err = await refusal(insertSql(table, { ...valid[table](), ...bad }));
		expect(err).toMatchObject({ code: '23514', constraint });
	});

	it('refuse a bad value written by an update as well as by an insert', async () => {
		const err = await refusal({
			text: 'update members set tier = $1 where id = $2',
			values: ['admin', ids.member]
		});
		expect(err).toMatchObject({ code: '23514', constraint: 'members_tier_check' });
	});
});

describe('one open revisit petition per decision', () => {
	it('refuses a second open petition, and allows a new one once the first has reopened the decision', async () => {
		const [decision, other] = [
			await insert('decisions', valid.decisions()),
			await insert('decisions', valid.decisions())
		];
		const open = { ...valid.revisit_petitions(), decision_id: decision, status: 'open' };
		const first = await insert('revisit_petitions', open);
		const second = await refusal(insertSql('revisit_petitions', open));
		expect(second).toMatchObject({ code: '23505', constraint: 'revisit_petitions_one_open_key' });
		// Another decision has its own petition.
		expect(
			await refusal(insertSql('revisit_petitions', { ...open, decision_id: other }))
		).toBeNull();
		await conn.pool.query({
			text: `update revisit_petitions set status = 'reopened' where id = $1`,
			values: [first]
		});
		expect(await refusal(insertSql('revisit_petitions', open))).toBeNull();
	});
});

describe('the lists the constraints name', () => {
	it('name every subject the event catalogue appends (a flag is about a comment, post or thread)', () => {
		const subjects = new Set(
			Object.values(catalogue).flatMap((spec) =>
				spec.subject === 'content' ? [...FLAG_SUBJECT_TYPES] : [spec.subject]
			)
		);
		expect([...EVENT_SUBJECT_TYPES].sort()).toEqual([...subjects].sort());
	});

	it('name only things that are registered as commentable', () => {
		for (const type of COMMENT_SUBJECT_TYPES) expect(isSubjectType(type), type).toBe(true);
	});
});
