import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connection } from '$lib/server/db/client';
import { actorFor, createTestDatabase } from '$lib/server/db/testing';
import { commentPage } from '$lib/server/comments/queries';
import { decisionPage } from '$lib/server/decisions/decision-page';
import { storedResult } from '$lib/server/decisions/results';
import { advanceDecision } from '$lib/server/decisions/advance';
import { searchDirectory } from '$lib/server/members/directory';
import { threadById } from '$lib/server/writing/queries';
import { tallyPool } from '$lib/server/workers/tally';
import { DatabaseNotEmpty, PRESETS, seedLarge } from '.';
import { BUSY_THREAD_COMMENTS } from './writing';

const NOW = new Date('2026-06-01T00:00:00Z');
const tiny = PRESETS.tiny;
let a: Connection;
let b: Connection;
let report: Awaited<ReturnType<typeof seedLarge>>;

const rows = async <T>(c: Connection, text: string) => (await c.pool.query(text)).rows as T[];
const one = async (c: Connection, text: string) =>
	Number(Object.values((await rows<Record<string, unknown>>(c, text))[0])[0]);

/** A checksum of what the generator decides (not the password hash, salted anew on each run). */
const CHECKSUMS: Record<string, string> = {
	members: 'id, email, handle, display_name, country, city, bio, created_at, last_active_at',
	chapters: 'id, parent_id, kind, slug, city',
	chapter_memberships: 'member_id, chapter_id',
	posts: 'id, author_id, title, body, tags',
	forum_threads: 'id, category_id, comment_count, last_activity_at',
	comments: 'id, subject_type, subject_id, parent_id, root_id, depth, author_id, body, created_at',
	decisions: 'id, phase, scope_id, ballot_type, outcome, result, closed_at, voting_ends_at',
	ballots: 'id, decision_id, voter_id, choice, cast_at, superseded_at'
};
const checksum = (c: Connection) =>
	Promise.all(
		Object.entries(CHECKSUMS).map(
			async ([table, columns]) =>
				(
					await rows<{ s: string }>(
						c,
						`select md5(string_agg(row(${columns})::text, ',' order by ${columns})) as s from ${table}`
					)
				)[0].s
		)
	);

beforeAll(async () => {
	[a, b] = [await createTestDatabase(), await createTestDatabase()];
	report = await seedLarge(a, 'tiny', { now: NOW });
	await seedLarge(b, 'tiny', { now: NOW });
}, 120_000);

afterAll(async () => {
	await a?.close();
	await b?.close();
	await tallyPool().close();
});

describe('the large organisation (tiny preset)', () => {
	it('has the preset’s figures', async () => {
		expect(await one(a, 'select count(*)::int from members')).toBe(tiny.members);
		expect(await one(a, 'select count(*)::int from chapters')).toBe(report.chapters);
		expect(report.chapters).toBeGreaterThanOrEqual(tiny.chapters);
		expect(await one(a, 'select count(*)::int from posts')).toBe(tiny.posts);
		expect(await one(a, 'select count(*)::int from forum_threads')).toBe(tiny.threads);
		expect(await one(a, 'select count(*)::int from comments')).toBe(tiny.comments);
		expect(await one(a, 'select count(*)::int from decisions')).toBe(tiny.decisions);
		expect(await one(a, 'select count(*)::int from ballots')).toBe(report.ballots);
	});

	it('is the same organisation every time', async () => {
		expect(await checksum(b)).toEqual(await checksum(a));
	});

	it('keeps its derived figures consistent', async () => {
		// Every member has one home chapter, and thread counts match their comments.
		expect(await one(a, 'select count(*)::int from chapter_memberships where home')).toBe(
			tiny.members
		);
		expect(
			await one(
				a,
				`select count(*)::int from forum_threads t
				where comment_count <> (select count(*) from comments c where c.subject_type = 'thread' and c.subject_id = t.id)`
			)
		).toBe(0);
		// Replies carry their parent's root.
		expect(
			await one(
				a,
				`select count(*)::int from comments c join comments p on p.id = c.parent_id
				where c.root_id <> coalesce(p.root_id, p.id) or c.depth <> p.depth + 1`
			)
		).toBe(0);
		// Every phase is there; closed decisions carry the result the close stores.
		const phases = await rows<{ phase: string }>(
			a,
			'select distinct phase from decisions order by 1'
		);
		expect(phases.map((r) => r.phase)).toEqual([
			'amendments',
			'closed',
			'discussion',
			'draft',
			'voting'
		]);
		const closed = await rows<{ id: number; result: unknown }>(
			a,
			`select id, result from decisions where phase = 'closed'`
		);
		for (const d of closed) expect(storedResult(d)?.turnout).toBeGreaterThan(0);
	});

	it('has one big closed decision: every member’s ballot counted, earlier ones kept', async () => {
		const [big] = await rows<{ id: number; result: unknown }>(
			a,
			'select id, result from decisions order by id limit 1'
		);
		expect(await one(a, `select count(*)::int from ballots where decision_id = ${big.id}`)).toBe(
			tiny.bigDecisionBallots
		);
		expect(storedResult(big)?.turnout).toBe(tiny.members);
	});

	it('serves the app’s own pages', async () => {
		const viewer = await actorFor(a.db, 1);
		const [big] = await rows<{ id: string }>(a, 'select id from decisions order by id limit 1');
		const page = await decisionPage(a.db, viewer, 'en', Number(big.id), NOW);
		expect(page).toBeTruthy();

		const [thread] = await rows<{ id: string }>(
			a,
			'select id from forum_threads order by id limit 1'
		);
		expect((await threadById(a.db, viewer, Number(thread.id)))?.commentCount).toBe(
			BUSY_THREAD_COMMENTS
		);
		const comments = await commentPage(a.db, null, 'thread', Number(thread.id));
		expect(comments.total).toBe(BUSY_THREAD_COMMENTS);
		expect(comments.comments.length).toBeGreaterThan(0);

		const [listed] = await rows<{ handle: string }>(
			a,
			'select handle from members where in_directory order by id desc limit 1'
		);
		const found = await searchDirectory(a.db, viewer, { q: listed.handle });
		expect(found.entries.map((e) => e.handle)).toContain(listed.handle);
	});

	it('closes decisions as the app’s own close does', async () => {
		const closed = `select id, phase, outcome, result, eligible_at_close, closed_at, voting_ends_at
			from decisions where phase = 'closed' order by id`;
		const before = await rows<{ id: string; voting_ends_at: Date }>(b, closed);
		expect(before.length).toBeGreaterThan(2);
		await b.pool.query(`update decisions set phase = 'voting', outcome = null, result = null,
			eligible_at_close = null, closed_at = null where phase = 'closed'`);
		for (const d of before) await advanceDecision(b.db, Number(d.id), d.voting_ends_at);
		expect(await rows(b, closed)).toEqual(before);
	});

	it('refuses a database that already has members', async () => {
		await expect(seedLarge(a, 'tiny', { now: NOW })).rejects.toBeInstanceOf(DatabaseNotEmpty);
	});
});
