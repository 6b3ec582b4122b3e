/**
 * The spreadsheets, on the demo organisation: each holds what its page shows its reader and no
 * more (a member who is not listed is absent from the directory; a surname hidden from visitors
 * stays hidden; a hidden project is 404; an unlisted project member is "a member"), results exist
 * only once closed, and nothing a member typed runs as a formula.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import type { Connection, Db } from '$lib/server/db/client';
import { decisions, effortEntries, members, projectMembers, projects } from '$lib/server/db/schema';
import { actorFor, createDemoDatabase } from '$lib/server/db/testing';
import { storedResult } from '$lib/server/decisions/results';
import { searchDirectory } from '$lib/server/members/directory';
import { projectPage } from '$lib/server/projects/pages';
import { csvRecords } from '$lib/domain/formats/csv-records';
import { RESULT_COLUMNS } from './result-rows';
import { EFFORT_COLUMNS, directoryCsv, effortCsv, resultsCsv } from './exports';
import { decisionResultsCsv, memberDirectoryCsv, projectEffortCsv } from './routes';

let conn: Connection;
let db: Db;
beforeAll(async () => {
	conn = await createDemoDatabase();
	db = conn.db;
}, 300_000);
afterAll(() => conn?.close());

/** The records of a file, which must start with a byte order mark. */
function records(text: string): string[][] {
	expect(text.startsWith('\ufeff')).toBe(true);
	return csvRecords(text);
}

const event = (path: string, actor: unknown = null) => ({
	locals: { db, locale: 'en' as const, actor, member: null },
	url: new URL(`https://plenary.test${path}`),
	request: new Request(`https://plenary.test${path}`),
	params: {}
});

describe('the directory as CSV', () => {
	it('lists exactly the listed members, by the names privacy allows each reader', async () => {
		// One member shows their full name to members only, one is not listed at all, one has a
		// name a spreadsheet would run.
		const listed = await db
			.select({ id: members.id, handle: members.handle })
			.from(members)
			.where(and(eq(members.inDirectory, true), isNotNull(members.emailVerifiedAt)))
			// The newest, on the directory's first page.
			.orderBy(desc(members.id))
			.limit(3);
		const [shy, hidden, formula] = listed;
		await db
			.update(members)
			.set({ displayName: 'Nadia Haddad', showFullName: false })
			.where(eq(members.id, shy.id));
		await db.update(members).set({ inDirectory: false }).where(eq(members.id, hidden.id));
		await db
			.update(members)
			.set({ displayName: '=HYPERLINK("http://evil.test","Ana")' })
			.where(eq(members.id, formula.id));
		const reader = await actorFor(db, listed[0].id === shy.id ? formula.id : shy.id);

		const visitor = records((await directoryCsv(db, null, 'en', {})).body);
		const member = records((await directoryCsv(db, reader, 'en', {})).body);
		expect(visitor[0]).toEqual(['name', 'handle', 'city', 'country', 'languages']);
		const row = (rows: string[][], handle: string) => rows.find((r) => r[1] === handle);
		expect(row(visitor, hidden.handle)).toBeUndefined();
		expect(row(member, hidden.handle)).toBeUndefined();
		expect(row(visitor, shy.handle)?.[0]).toBe('Nadia H.');
		expect(row(member, shy.handle)?.[0]).toBe('Nadia Haddad');
		expect(row(member, formula.handle)?.[0]).toBe(`'=HYPERLINK("http://evil.test","Ana")`);

		// Exactly the members the page lists, every page of them.
		const [{ n }] = await db
			.select({ n: sql<number>`count(*)::int` })
			.from(members)
			.where(
				and(
					eq(members.inDirectory, true),
					isNotNull(members.emailVerifiedAt),
					sql`${members.deletedAt} is null`
				)
			);
		expect(visitor.length - 1).toBe(Math.min(n, 2000));
		const first = await searchDirectory(db, null, { country: 'BR' });
		const brazil = records((await directoryCsv(db, null, 'en', { country: 'BR' })).body);
		expect(brazil.slice(1, first.entries.length + 1).map((r) => r[1])).toEqual(
			first.entries.map((e) => e.handle)
		);
	});

	it('answers bad filters with a 400, and files with a name and the spreadsheet type', async () => {
		await expect(
			memberDirectoryCsv(event('/members/members.csv?country=Brazil') as never)
		).rejects.toMatchObject({ status: 400 });
		const res = await memberDirectoryCsv(event('/members/members.csv') as never);
		expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
		expect(res.headers.get('content-disposition')).toBe('attachment; filename="members.csv"');
		expect(res.headers.get('cache-control')).toContain('private');
	});
});

describe("a decision's results as CSV", () => {
	it('has, for every closed decision, its count as the stored result gives it', async () => {
		const closed = await db.select().from(decisions).where(eq(decisions.phase, 'closed'));
		expect(closed.length).toBeGreaterThan(0);
		const methods = new Set<string>();
		for (const d of closed) {
			const result = storedResult(d)!;
			methods.add(result.raw.method);
			const rows = records((await resultsCsv(db, null, d.id)).body);
			expect(rows[0]).toEqual([...RESULT_COLUMNS]);
			const raw = rows.filter((r) => r[0] === 'raw');
			const counted = raw.find((r) => r[3] === 'ballots-counted')!;
			expect(Number(counted[5])).toBe(result.raw.totalBallots);
			const winners = raw.filter((r) => r[3] === 'winner').map((r) => r[2]);
			const label = (id: string) =>
				result.options.find((o) => o.id === id || o.name === id)?.label ?? id;
			expect(winners).toEqual(result.raw.winners.map(label));
			expect(rows.some((r) => r[0] === 'weighted')).toBe(d.weighting !== 'equal');
		}
		// The demo closes decisions of several kinds; each kind gives figures.
		expect(methods.size).toBeGreaterThan(1);
	});

	it('is 409 before the close and 404 for a draft or an unknown decision', async () => {
		const [open] = await db
			.select({ id: decisions.id, slug: decisions.slug })
			.from(decisions)
			.where(inArray(decisions.phase, ['voting', 'discussion']))
			.limit(1);
		const [draft] = await db
			.select({ id: decisions.id, slug: decisions.slug })
			.from(decisions)
			.where(eq(decisions.phase, 'draft'))
			.limit(1);
		const call = (ref: string) =>
			decisionResultsCsv(event(`/decisions/${ref}/results.csv`) as never, ref);
		const refused = await call(`${open.id}-${open.slug}`).catch((e) => e);
		expect(refused).toMatchObject({
			status: 409,
			body: { message: 'The results are published when the vote closes.' }
		});
		await expect(call(`${draft.id}-${draft.slug}`)).rejects.toMatchObject({ status: 404 });
		await expect(call('999999999-nothing')).rejects.toMatchObject({ status: 404 });
		await expect(call('not-a-ref')).rejects.toMatchObject({ status: 404 });
	});
});

describe("a project's balance of work as CSV", () => {
	it('shows the rows of the page, unlisted people unnamed to outsiders', async () => {
		const [worked] = await db
			.select({ projectId: effortEntries.projectId })
			.from(effortEntries)
			.innerJoin(projects, eq(projects.id, effortEntries.projectId))
			.where(eq(projects.visibility, 'public'))
			.groupBy(effortEntries.projectId)
			.having(sql`count(distinct ${effortEntries.memberId}) > 1`)
			.limit(1);
		const id = worked.projectId;
		// Someone on the balance table, whom the project's members see and visitors will not.
		const before = await projectPage(db, null, id);
		const quietId = before.balance.rows[0].memberId;
		const [quiet] = await db
			.select({ handle: members.handle })
			.from(members)
			.where(eq(members.id, quietId));
		await db.update(members).set({ inDirectory: false }).where(eq(members.id, quietId));

		const page = await projectPage(db, null, id);
		const rows = records((await effortCsv(db, null, 'en', id)).body);
		expect(rows[0]).toEqual([...EFFORT_COLUMNS]);
		expect(rows.length - 1).toBe(page.balance.rows.length);
		expect(rows.slice(1).map((r) => Number(r[2]))).toEqual(page.balance.rows.map((r) => r.minutes));
		expect(rows.some((r) => r[1] === quiet.handle)).toBe(false);
		expect(rows.some((r) => r[0] === 'a member' && r[1] === '')).toBe(true);
		// A member of the project names them: they work together.
		const [colleague] = await db
			.select({ id: projectMembers.memberId })
			.from(projectMembers)
			.where(
				and(
					eq(projectMembers.projectId, id),
					ne(projectMembers.memberId, quietId),
					sql`${projectMembers.leftAt} is null`
				)
			);
		const inside = records((await effortCsv(db, await actorFor(db, colleague.id), 'en', id)).body);
		expect(inside.some((r) => r[1] === quiet.handle)).toBe(true);
	});

	it('is 404 where the project page is: hidden, unknown or malformed', async () => {
		const [hidden] = await db
			.select({ id: projects.id })
			.from(projects)
			.where(ne(projects.visibility, 'public'))
			.limit(1);
		const call = (ref: string) =>
			projectEffortCsv(event(`/projects/${ref}/effort.csv`) as never, ref);
		if (hidden) await expect(call(String(hidden.id))).rejects.toMatchObject({ status: 404 });
		await expect(call('999999999')).rejects.toMatchObject({ status: 404 });
		await expect(call('x')).rejects.toMatchObject({ status: 404 });
	});
});
