/**
 * The calendars on a real database, read back with a real iCalendar parser: which decisions,
 * elections and conventions each calendar holds, that every time is the one the scheduler acts on,
 * and that privacy holds (no draft ever; a hidden project named only to those who may see it; a
 * member's private calendar only through a working address).
 */
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import {
	calendarSubscriptions,
	chapters,
	conventions,
	decisions,
	elections,
	events,
	projectMembers,
	projects
} from '$lib/server/db/schema';
import { actorFor } from '$lib/server/db/testing';
import { createDecision, submitDecision } from '$lib/server/decisions/commands';
import { draft, openWorld, type World } from '$lib/server/decisions/test-world';
import { hashToken } from '$lib/server/accounts/tokens';
import { calendarFile, type CalendarScope } from './calendars';
import {
	calendarAddressSince,
	calendarReader,
	makeCalendarAddress,
	stopCalendarAddress
} from './subscriptions';
import { chapterCalendar, organisationCalendar, personalCalendar } from './routes';

let w: World;
let db: Db;
const ids: Record<string, number> = {};
const ORIGIN = 'https://plenary.test';

type Parsed = { uid: string; summary: string; description: string; start: string; end: string };

function parse(text: string): Parsed[] {
	const root = new ICAL.Component(ICAL.parse(text));
	return root.getAllSubcomponents('vevent').map((v) => {
		const e = new ICAL.Event(v);
		return {
			uid: e.uid,
			summary: e.summary,
			description: e.description,
			start: e.startDate.toJSDate().toISOString(),
			end: e.endDate.toJSDate().toISOString()
		};
	});
}

async function read(scope: CalendarScope, reader = w.people[0] as World['people'][0] | null) {
	const file = await calendarFile(db, reader, 'en', ORIGIN, scope, 'Test');
	return parse(file.body);
}
const uids = (events: Parsed[]) => events.map((e) => e.uid);

beforeAll(async () => {
	w = await openWorld();
	db = w.db;
	const [ana, bea] = w.people;
	// A project seen by the Recife chapter only, where Ana and Bea work.
	const [{ id: project }] = await db
		.insert(projects)
		.values({
			title: 'Quiet tenants union',
			goals: 'Organise.',
			chapterId: w.chapterId,
			visibility: 'chapter',
			proposedBy: ana.id
		})
		.returning({ id: projects.id });
	await db.insert(projectMembers).values([
		{ projectId: project, memberId: ana.id, role: 'coordinator' },
		{ projectId: project, memberId: bea.id }
	]);
	w.people[0] = await actorFor(db, ana.id);
	const submit = async (name: string, extra: Record<string, unknown>) => {
		ids[name] = await createDecision(db, w.people[0], draft({ title: `${name} title`, ...extra }));
		await submitDecision(db, w.people[0], ids[name]);
	};
	await submit('everyone', {});
	await submit('recife', { scope: `chapter:${w.chapterId}` });
	await submit('hidden', { scope: `project:${project}` });
	ids.draft = await createDecision(db, w.people[0], draft({ title: 'draft title' }));
	const inDays = (d: number) => new Date(Date.now() + d * 86_400_000);
	[{ id: ids.election }] = await db
		.insert(elections)
		.values({
			role: 'facilitator',
			scopeKind: 'chapter',
			scopeId: w.chapterId,
			seats: 1,
			nominationsEndAt: inDays(3),
			votingEndsAt: inDays(6),
			seed: 'calendar-test'
		})
		.returning({ id: elections.id });
	[{ id: ids.convention }] = await db
		.insert(conventions)
		.values({
			title: 'Founding convention, Recife; day one',
			scopeKind: 'organisation',
			calledOn: 'readiness',
			startsAt: inDays(10),
			endsAt: new Date(inDays(10).getTime() + 6 * 3_600_000)
		})
		.returning({ id: conventions.id });
});
afterAll(() => w.conn.close());

describe('what each calendar holds', () => {
	it("the organisation's: every submitted decision's phases, elections and conventions; never a draft", async () => {
		const all = uids(await read({ kind: 'organisation' }, null));
		for (const name of ['everyone', 'recife', 'hidden'])
			for (const phase of ['discussion', 'amendments', 'voting'])
				expect(all).toContain(`decision-${ids[name]}-${phase}@plenary.test`);
		expect(all).toContain(`election-${ids.election}-nominations@plenary.test`);
		expect(all).toContain(`election-${ids.election}-election@plenary.test`);
		expect(all).toContain(`convention-${ids.convention}@plenary.test`);
		expect(all.some((u) => u.startsWith(`decision-${ids.draft}-`))).toBe(false);
	});

	it('no draft, even in the calendar of its own author', async () => {
		const mine = uids(await read({ kind: 'member', memberId: w.people[0].id }));
		expect(mine.some((u) => u.startsWith(`decision-${ids.draft}-`))).toBe(false);
	});

	it("a chapter's: its own decisions and elections only", async () => {
		const recife = uids(await read({ kind: 'chapter', id: w.chapterId }, null));
		expect(recife).toContain(`decision-${ids.recife}-voting@plenary.test`);
		expect(recife).toContain(`election-${ids.election}-election@plenary.test`);
		expect(recife.some((u) => u.startsWith(`decision-${ids.everyone}-`))).toBe(false);
		expect(recife.some((u) => u.startsWith('convention-'))).toBe(false);
	});

	it("a member's: the organisation's and their own scopes', not others'", async () => {
		const ana = uids(await read({ kind: 'member', memberId: w.people[0].id }));
		expect(ana).toContain(`decision-${ids.everyone}-voting@plenary.test`);
		expect(ana).toContain(`decision-${ids.recife}-voting@plenary.test`);
		expect(ana).toContain(`decision-${ids.hidden}-voting@plenary.test`);
		expect(ana).toContain(`election-${ids.election}-election@plenary.test`);
		// Someone outside Recife and the project: the organisation's things only.
		const far = uids(await read({ kind: 'member', memberId: w.people[5].id }, w.people[5]));
		expect(far).toContain(`decision-${ids.everyone}-voting@plenary.test`);
		expect(far).toContain(`convention-${ids.convention}@plenary.test`);
		expect(far.some((u) => u.startsWith(`decision-${ids.recife}-`))).toBe(false);
		expect(far.some((u) => u.startsWith(`decision-${ids.hidden}-`))).toBe(false);
		expect(far.some((u) => u.startsWith('election-'))).toBe(false);
	});

	it('names a hidden project only to those who may see it', async () => {
		const pub = await read({ kind: 'organisation' }, null);
		const hiddenVote = (evs: Parsed[]) =>
			evs.find((e) => e.uid === `decision-${ids.hidden}-voting@plenary.test`)!;
		expect(hiddenVote(pub).description).not.toContain('Quiet tenants union');
		expect(hiddenVote(pub).description).toContain('a project you cannot see');
		const ana = await read({ kind: 'member', memberId: w.people[0].id });
		expect(hiddenVote(ana).description).toContain('Quiet tenants union');
	});
});

describe('the times', () => {
	it('are the deadlines the scheduler acts on, read back by a parser', async () => {
		const [d] = await db.select().from(decisions).where(eq(decisions.id, ids.everyone));
		const [submitted] = await db
			.select({ at: events.createdAt })
			.from(events)
			.where(and(eq(events.subjectId, ids.everyone), eq(events.type, 'decision.submitted')));
		const evs = await read({ kind: 'organisation' }, null);
		const at = (phase: string) =>
			evs.find((e) => e.uid === `decision-${ids.everyone}-${phase}@plenary.test`)!;
		// iCalendar times have whole seconds.
		const sec = (x: Date | null) => new Date(Math.floor(x!.getTime() / 1000) * 1000).toISOString();
		expect(at('discussion').start).toBe(sec(submitted.at));
		expect(at('discussion').end).toBe(sec(d.discussionEndsAt));
		expect(at('amendments').start).toBe(sec(d.discussionEndsAt));
		expect(at('amendments').end).toBe(sec(d.amendmentsEndAt));
		expect(at('voting').start).toBe(sec(d.amendmentsEndAt));
		expect(at('voting').end).toBe(sec(d.votingEndsAt));
		expect(at('voting').summary).toBe('Vote: everyone title');
		expect(at('voting').description).toContain(`${ORIGIN}/decisions/${ids.everyone}-`);
		const [c] = evs.filter((e) => e.uid === `convention-${ids.convention}@plenary.test`);
		expect(c.summary).toBe('Founding convention, Recife; day one');
	});
});

const event = (path: string, headers: Record<string, string> = {}) => ({
	locals: { db, locale: 'en' as const, actor: null, member: null },
	url: new URL(`${ORIGIN}${path}`),
	request: new Request(`${ORIGIN}${path}`, { headers }),
	params: {}
});

describe('the public calendars over HTTP', () => {
	it('answer 304 to a reader whose copy is current, and a new body when it is not', async () => {
		const first = await organisationCalendar(event('/calendar.ics') as never);
		expect(first.status).toBe(200);
		expect(first.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
		expect(first.headers.get('cache-control')).toContain('public');
		const etag = first.headers.get('etag')!;
		const modified = first.headers.get('last-modified')!;
		expect(etag).toMatch(/^"[\w-]+"$/);
		const again = await organisationCalendar(
			event('/calendar.ics', { 'if-none-match': etag }) as never
		);
		expect(again.status).toBe(304);
		expect(await again.text()).toBe('');
		const since = await organisationCalendar(
			event('/calendar.ics', { 'if-modified-since': modified }) as never
		);
		expect(since.status).toBe(304);
		const stale = await organisationCalendar(
			event('/calendar.ics', { 'if-none-match': '"old"' }) as never
		);
		expect(stale.status).toBe(200);
	});

	it('answer 404 for a chapter that does not exist', async () => {
		await expect(
			chapterCalendar(event('/chapters/nowhere/calendar.ics') as never, 'nowhere')
		).rejects.toMatchObject({ status: 404 });
		const ok = await chapterCalendar(
			event('/chapters/recife-dtest/calendar.ics') as never,
			'recife-dtest'
		);
		expect(ok.headers.get('content-disposition')).toBe('inline; filename="recife-dtest.ics"');
	});

	it("answer the organisation's calendar for the root chapter, which stands for it", async () => {
		const [root] = await db
			.select({ slug: chapters.slug })
			.from(chapters)
			.where(isNull(chapters.parentId));
		const body = async (res: Response) => uids(parse(await res.text()));
		const org = await body(await organisationCalendar(event('/calendar.ics') as never));
		const rooted = await body(
			await chapterCalendar(event(`/chapters/${root.slug}/calendar.ics`) as never, root.slug)
		);
		expect(org.length).toBeGreaterThan(0);
		expect(rooted).toEqual(org);
	});
});

describe('a private calendar address', () => {
	it('works once made, stops when a new one is made, and answers every dead address alike', async () => {
		const ana = w.people[0];
		expect(await calendarAddressSince(db, ana)).toBeNull();
		const first = await makeCalendarAddress(db, ana);
		expect((await calendarReader(db, first)).actor.id).toBe(ana.id);
		// Only the digest is stored.
		const [row] = await db
			.select()
			.from(calendarSubscriptions)
			.where(eq(calendarSubscriptions.memberId, ana.id));
		expect(row.tokenHash).toBe(hashToken(first));
		expect(JSON.stringify(row)).not.toContain(first);

		const res = await personalCalendar(event(`/calendar/${first}.ics`) as never, first);
		expect(res.status).toBe(200);
		expect(res.headers.get('cache-control')).toContain('private');
		expect(uids(parse(await res.text()))).toContain(`decision-${ids.hidden}-voting@plenary.test`);

		const second = await makeCalendarAddress(db, ana);
		expect(second).not.toBe(first);
		const dead = async (secret: string) => {
			const err = await personalCalendar(event(`/calendar/${secret}.ics`) as never, secret).then(
				() => null,
				(e: { status: number; body: { message: string } }) => e
			);
			expect(err?.status).toBe(404);
			return err!.body.message;
		};
		const replaced = await dead(first);
		expect(await dead('x'.repeat(43))).toBe(replaced);
		expect(await dead('not a secret at all')).toBe(replaced);
		expect(await dead('')).toBe(replaced);
		expect((await calendarReader(db, second)).actor.id).toBe(ana.id);

		await stopCalendarAddress(db, ana);
		expect(await dead(second)).toBe(replaced);
		expect(await calendarAddressSince(db, ana)).toBeNull();
	});

	it('is made and stopped only by its own member, and each change is logged without the secret', async () => {
		const bea = w.people[1];
		await expect(makeCalendarAddress(db, null)).rejects.toMatchObject({ status: 401 });
		await expect(stopCalendarAddress(db, null)).rejects.toMatchObject({ status: 401 });
		const secret = await makeCalendarAddress(db, bea);
		await stopCalendarAddress(db, bea);
		const logged = await db.select().from(events).where(eq(events.subjectId, bea.id));
		const types = logged.filter((e) => e.subjectType === 'member').map((e) => e.type);
		expect(types).toEqual(
			expect.arrayContaining(['calendar-address.made', 'calendar-address.stopped'])
		);
		expect(JSON.stringify(logged)).not.toContain(secret);
	});
});
