import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '$lib/domain/members/actor';
import { drawPositions } from '$lib/domain/moderation/jury';
import type { Connection, Db } from '$lib/server/db/client';
import {
	comments,
	events,
	instanceSettings,
	jurors,
	juryCases,
	juryDraws,
	juryOptOuts,
	notifications,
	postingSuspensions,
	posts
} from '$lib/server/db/schema';
import { actorFor, dispatchEvents } from '$lib/server/db/testing';
import { flagContent, postComment } from '$lib/server/comments/commands';
import { createPost, startThread } from '$lib/server/writing/commands';
import { postById } from '$lib/server/writing/queries';
import { setWritingLimits } from '$lib/server/writing/settings';
import { newMember, openWorld, post } from '$lib/server/writing/test-world';
import { DEMO_JURY_POLICY } from '$lib/server/seed/demo-moderation';
import { advanceDueCases } from './cases';
import { appealCase, castJuryVote, setJuryDuty } from './commands';
import { juryCase, juryDuty, moderationLog } from './queries';

/**
 * Juries from flag to appeal, against a real database (PGlite, and PostgreSQL with DATABASE_URL):
 * who is drawn and who never is, the published seed, votes and their bad cases, the verdict on
 * the item, a suspension enforced on every posting command, an appeal to a new jury, a jury
 * replaced when it misses its quorum, and a log that never says who flagged.
 */
let conn: Connection;
let db: Db;
let ana: Actor; // the author
let ben: Actor; // the flagger
let cai: Actor; // commented on the post: a participant
let dee: Actor;
let categoryId: number;
let chapterId: number;
let others: Actor[];

beforeAll(async () => {
	({ conn, ana, ben, cai, dee, categoryId, chapterId } = await openWorld());
	db = conn.db;
	// One author writes many posts here: the limits on posting are not what is tested.
	process.env.PLENARY_LIMIT_SCALE = '100';
	await setWritingLimits(db, { postsPerDay: 10_000 });
	others = [];
	for (let i = 0; i < 12; i++) others.push(await newMember(db, `juror${i}`));
	// Juries of three with a quorum of two, as in the demo.
	await db.insert(instanceSettings).values({ key: 'moderation.juries', value: DEMO_JURY_POLICY });
});
afterAll(() => {
	delete process.env.PLENARY_LIMIT_SCALE;
	return conn?.close();
});

const caseOf = async (type: string, id: number, appealOf: number | null = null) => {
	const rows = await db
		.select()
		.from(juryCases)
		.where(and(eq(juryCases.subjectType, type), eq(juryCases.subjectId, id)));
	return rows.find((r) => r.appealOf === appealOf)!;
};
const seatsOf = async (caseId: number, round?: number) =>
	(await db.select().from(jurors).where(eq(jurors.caseId, caseId)))
		.filter((j) => round === undefined || j.round === round)
		.map((j) => j.memberId);
/** A member who may read the case but does not sit on its jury (the draw is random). */
const bystander = async (caseId: number) => {
	const seats = await seatsOf(caseId);
	return [dee, ...others].find((a) => !seats.includes(a.id))!;
};
const actors = (ids: number[]) => Promise.all(ids.map((id) => actorFor(db, id)));
const vote = (verdict: string, extra: Record<string, unknown> = {}) => ({
	verdict,
	days: '',
	reason: `Because ${verdict}.`,
	...extra
});
const snapshot = async (caseId: number) => ({
	case: (await db.select().from(juryCases).where(eq(juryCases.id, caseId)))[0],
	jurors: await db.select().from(jurors).where(eq(jurors.caseId, caseId))
});

async function flaggedPost(title: string) {
	const p = await createPost(db, ana, post({ title }));
	await postComment(db, cai, 'post', p.id, { body: 'I took part.' });
	await flagContent(db, ben, 'post', p.id, { reason: 'abuse', note: 'Ben flagged this.' });
	return { p, c: await caseOf('post', p.id) };
}

describe('a flag opens a jury case', () => {
	it('draws a jury without the author, the flagger or the participants, from a published seed', async () => {
		const { c } = await flaggedPost('Case one');
		expect(c.status).toBe('open');
		const seats = await seatsOf(c.id);
		expect(seats).toHaveLength(3);
		for (const excluded of [ana.id, ben.id, cai.id]) expect(seats).not.toContain(excluded);
		// Anyone with the pool can re-run the draw from the seed.
		const [draw] = await db.select().from(juryDraws).where(eq(juryDraws.caseId, c.id));
		const { rows } = await db.execute<{ id: number }>(sql`
			select id::int as id from members
			where id not in (${ana.id}, ${ben.id}, ${cai.id}) order by id`);
		const pool = rows.map((r) => Number(r.id));
		expect(draw.poolSize).toBe(pool.length);
		expect(drawPositions(draw.seed, pool.length, 3)).toEqual(draw.positions);
		expect(draw.positions.map((p) => pool[p]).sort()).toEqual([...seats].sort());
	});

	it('opens nothing for what the flagger may not see', async () => {
		const p = await createPost(
			db,
			ana,
			post({ title: 'Recife only', visibility: 'chapter', kind: 'chapter', chapterId })
		);
		await expect(flagContent(db, ben, 'post', p.id, { reason: 'abuse' })).rejects.toMatchObject({
			status: 404
		});
		expect(await db.select().from(juryCases).where(eq(juryCases.subjectId, p.id))).toEqual([]);
	});

	it('opens one case per item, whatever the number of flags', async () => {
		const { p, c } = await flaggedPost('Flagged twice');
		await flagContent(db, dee, 'post', p.id, { reason: 'spam' });
		const all = await db.select().from(juryCases).where(eq(juryCases.subjectId, p.id));
		expect(all.filter((x) => x.subjectType === 'post')).toHaveLength(1);
		// A later flag neither opens another case nor draws again.
		expect(await seatsOf(c.id)).toHaveLength(3);
	});

	it('opens a case for a thread and for a comment too', async () => {
		const t = await startThread(db, ana, categoryId, {
			title: 'A thread',
			body: 'Rude words.',
			language: 'en'
		});
		await flagContent(db, ben, 'thread', t.id, { reason: 'abuse' });
		expect((await caseOf('thread', t.id)).status).toBe('open');
		const p = await createPost(db, dee, post({ title: 'Host' }));
		const cm = await postComment(db, ana, 'post', p.id, { body: 'A rude comment.' });
		await flagContent(db, ben, 'comment', cm.id, { reason: 'abuse' });
		const cc = await caseOf('comment', cm.id);
		expect(cc.title).toBe('Host');
		// The post's author took part in the discussion.
		expect(await seatsOf(cc.id)).not.toContain(dee.id);
	});

	it('never draws a member who opted out', async () => {
		await setJuryDuty(db, others[0], { serving: 'no' });
		const { c } = await flaggedPost('Opt-out');
		expect(await seatsOf(c.id)).not.toContain(others[0].id);
		await setJuryDuty(db, others[0], { serving: 'yes' });
		expect(await db.select().from(juryOptOuts)).toHaveLength(0);
	});

	it('tells the jurors, and never names the flagger in an event of the case', async () => {
		const { c } = await flaggedPost('Notified');
		await dispatchEvents(db);
		const seats = await seatsOf(c.id);
		const told = await db
			.select({ memberId: notifications.memberId })
			.from(notifications)
			.where(and(eq(notifications.kind, 'jury-summoned'), eq(notifications.subjectId, c.id)));
		expect(told.map((t) => t.memberId).sort()).toEqual([...seats].sort());
		const caseEvents = await db
			.select()
			.from(events)
			.where(and(eq(events.subjectType, 'jury-case'), eq(events.subjectId, c.id)));
		expect(caseEvents.length).toBeGreaterThan(0);
		for (const e of caseEvents) expect(e.actorId).not.toBe(ben.id);
	});
});

describe('voting', () => {
	it('refuses a member who is not on the jury, a second vote, and bad input, changing nothing', async () => {
		const { c } = await flaggedPost('Bad votes');
		const [j1] = await actors(await seatsOf(c.id));
		const before = await snapshot(c.id);
		for (const outsider of [ana, ben, await bystander(c.id)])
			await expect(castJuryVote(db, outsider, c.id, vote('hide'))).rejects.toMatchObject({
				status: 403
			});
		await expect(castJuryVote(db, j1, 999_999, vote('hide'))).rejects.toMatchObject({
			status: 404
		});
		await expect(castJuryVote(db, j1, c.id, vote('banish'))).rejects.toMatchObject({
			status: 400
		});
		await expect(castJuryVote(db, j1, c.id, vote('suspend'))).rejects.toMatchObject({
			status: 400,
			fields: { days: 'moderation_error_days' }
		});
		await expect(castJuryVote(db, j1, c.id, vote('suspend', { days: '31' }))).rejects.toMatchObject(
			{ status: 400 }
		);
		await expect(castJuryVote(db, j1, c.id, vote('hide', { reason: ' ' }))).rejects.toMatchObject({
			status: 400
		});
		expect(await snapshot(c.id)).toEqual(before);
		await castJuryVote(db, j1, c.id, vote('hide'));
		const once = await snapshot(c.id);
		await expect(castJuryVote(db, j1, c.id, vote('keep'))).rejects.toMatchObject({
			status: 409,
			messageKey: 'moderation_error_already_voted'
		});
		expect(await snapshot(c.id)).toEqual(once);
	});

	it('refuses a vote after the deadline', async () => {
		const { c } = await flaggedPost('Late vote');
		const [j1] = await actors(await seatsOf(c.id));
		await db
			.update(juryCases)
			.set({ deadline: new Date(Date.now() - 60_000) })
			.where(eq(juryCases.id, c.id));
		const before = await snapshot(c.id);
		await expect(castJuryVote(db, j1, c.id, vote('hide'))).rejects.toMatchObject({
			status: 409,
			messageKey: 'moderation_error_deadline_passed'
		});
		expect(await snapshot(c.id)).toEqual(before);
	});

	it('replaces a jury that missed its quorum with a fresh draw of other members', async () => {
		const { c } = await flaggedPost('No quorum');
		const first = await seatsOf(c.id, 1);
		const [j1] = await actors(first);
		await castJuryVote(db, j1, c.id, vote('hide'));
		await db
			.update(juryCases)
			.set({ deadline: new Date(Date.now() - 60_000) })
			.where(eq(juryCases.id, c.id));
		expect(await advanceDueCases(db)).toBeGreaterThanOrEqual(1);
		const after = (await snapshot(c.id)).case;
		expect(after.status).toBe('open');
		expect(after.round).toBe(2);
		const second = await seatsOf(c.id, 2);
		expect(second).toHaveLength(3);
		for (const id of second) expect(first).not.toContain(id);
		// A juror of the replaced jury votes no more.
		await expect(castJuryVote(db, j1, c.id, vote('keep'))).rejects.toMatchObject({ status: 403 });
	});
});

describe('a verdict, a suspension and an appeal', () => {
	it('hides the item, suspends its author, and a new jury on appeal restores both', async () => {
		const { p, c } = await flaggedPost('Suspend me');
		const jury = await actors(await seatsOf(c.id));
		await castJuryVote(db, jury[0], c.id, vote('suspend', { days: '7' }));
		await castJuryVote(db, jury[1], c.id, vote('suspend', { days: '3' }));
		await castJuryVote(db, jury[2], c.id, vote('keep'));
		const decided = (await snapshot(c.id)).case;
		expect(decided).toMatchObject({ status: 'decided', verdict: 'suspend', suspendDays: 3 });
		expect(decided.counts).toEqual({ keep: 1, warn: 0, hide: 0, suspend: 2 });
		const shown = await postById(db, dee, p.id);
		expect(shown).toMatchObject({ hidden: true, html: '' });

		// Suspended: every posting command answers 403 with the date.
		const refused = { status: 403, messageKey: 'moderation_error_suspended' };
		await expect(createPost(db, ana, post({ title: 'Again' }))).rejects.toMatchObject(refused);
		await expect(
			startThread(db, ana, categoryId, { title: 'T', body: 'B', language: 'en' })
		).rejects.toMatchObject(refused);
		await expect(postComment(db, ana, 'post', p.id, { body: 'Hm.' })).rejects.toMatchObject(
			refused
		);
		await expect(createPost(db, ana, post({ title: 'Again' }))).rejects.toMatchObject({
			params: { until: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }
		});

		// Bad appeals change nothing.
		const before = await db.select().from(juryCases);
		await expect(appealCase(db, ben, c.id, { reason: 'Not mine.' })).rejects.toMatchObject({
			status: 403
		});
		await expect(appealCase(db, ana, c.id, { reason: '' })).rejects.toMatchObject({ status: 400 });
		await expect(appealCase(db, ana, 999_999, { reason: 'x' })).rejects.toMatchObject({
			status: 404
		});
		expect(await db.select().from(juryCases)).toEqual(before);

		const appeal = await appealCase(db, ana, c.id, { reason: 'It was satire.' });
		await expect(appealCase(db, ana, c.id, { reason: 'Again.' })).rejects.toMatchObject({
			status: 409,
			messageKey: 'moderation_error_already_appealed'
		});
		const second = await seatsOf(appeal.id);
		expect(second).toHaveLength(3);
		for (const j of jury) expect(second).not.toContain(j.id);
		for (const excluded of [ana.id, ben.id, cai.id]) expect(second).not.toContain(excluded);
		// Until the appeal's verdict, the first one holds.
		expect((await postById(db, dee, p.id)).hidden).toBe(true);

		for (const j of await actors(second)) await castJuryVote(db, j, appeal.id, vote('keep'));
		expect((await snapshot(appeal.id)).case).toMatchObject({ status: 'decided', verdict: 'keep' });
		const restored = await postById(db, dee, p.id);
		expect(restored).toMatchObject({ hidden: false, collapsed: false });
		const [s] = await db
			.select()
			.from(postingSuspensions)
			.where(eq(postingSuspensions.caseId, c.id));
		expect(s.liftedAt).not.toBeNull();
		await expect(createPost(db, ana, post({ title: 'Back' }))).resolves.toBeTruthy();
		// An appeal's verdict is final.
		await expect(appealCase(db, ana, appeal.id, { reason: 'More.' })).rejects.toMatchObject({
			status: 409
		});
	});

	it('refuses an appeal after the window, and of a verdict to keep', async () => {
		const { c } = await flaggedPost('Too late');
		const jury = await actors(await seatsOf(c.id));
		for (const j of jury) await castJuryVote(db, j, c.id, vote('hide'));
		await db
			.update(juryCases)
			.set({ decidedAt: new Date(Date.now() - 15 * 86_400_000) })
			.where(eq(juryCases.id, c.id));
		await expect(appealCase(db, ana, c.id, { reason: 'Late.' })).rejects.toMatchObject({
			status: 409,
			messageKey: 'moderation_error_appeal_late'
		});
		const { c: kept } = await flaggedPost('Kept');
		for (const j of await actors(await seatsOf(kept.id)))
			await castJuryVote(db, j, kept.id, vote('keep'));
		await expect(appealCase(db, ana, kept.id, { reason: 'Why?' })).rejects.toMatchObject({
			status: 409,
			messageKey: 'moderation_error_nothing_to_appeal'
		});
	});

	it('warns the author by a notification pointing at the reasons', async () => {
		const { c } = await flaggedPost('Warn me');
		for (const j of await actors(await seatsOf(c.id)))
			await castJuryVote(db, j, c.id, vote('warn'));
		await dispatchEvents(db);
		const [n] = await db
			.select()
			.from(notifications)
			.where(and(eq(notifications.kind, 'jury-verdict'), eq(notifications.subjectId, c.id)));
		expect(n).toMatchObject({ memberId: ana.id, url: `/moderation/${c.id}` });
		const page = await juryCase(db, null, c.id);
		expect(page.reasons.map((r) => r.reason)).toEqual([
			'Because warn.',
			'Because warn.',
			'Because warn.'
		]);
		// A warning leaves the item readable.
		expect(
			await db.select({ h: posts.hiddenAt }).from(posts).where(eq(posts.id, c.subjectId))
		).toEqual([{ h: null }]);
	});
});

describe('what readers see', () => {
	it('the log and the case page never say who flagged, and show the item only to its jury and author', async () => {
		const { c } = await flaggedPost('Unnamed');
		const jury = await actors(await seatsOf(c.id));
		expect((await juryCase(db, await bystander(c.id), c.id)).item).toBeNull();
		expect((await juryCase(db, null, c.id)).item).toBeNull();
		expect((await juryCase(db, jury[0], c.id)).item).not.toBeNull();
		expect((await juryCase(db, ana, c.id)).item).not.toBeNull();
		expect((await juryCase(db, jury[0], c.id)).canVote).toBe(true);
		for (const j of jury) await castJuryVote(db, j, c.id, vote('hide'));
		const texts = JSON.stringify([
			await moderationLog(db),
			await juryCase(db, null, c.id),
			await juryCase(db, ana, c.id),
			await juryDuty(db, jury[0])
		]);
		expect(texts).not.toContain('BEN');
		expect(texts).not.toContain('Ben flagged this');
		expect(texts.match(/.{80}(flagger|memberId).{40}/i)?.[0] ?? null).toBeNull();
		const log = await moderationLog(db);
		expect(log.cases.find((x) => x.id === c.id)).toMatchObject({ verdict: 'hide' });
		expect((await juryCase(db, null, c.id)).canAppeal).toBe(false);
		expect((await juryCase(db, ana, c.id)).canAppeal).toBe(true);
	});

	it('lists a juror’s waiting cases on their duty page', async () => {
		const { c } = await flaggedPost('Duty');
		const [j1] = await actors(await seatsOf(c.id));
		expect((await juryDuty(db, j1)).waiting.map((x) => x.id)).toContain(c.id);
		await castJuryVote(db, j1, c.id, vote('keep'));
		expect((await juryDuty(db, j1)).waiting.map((x) => x.id)).not.toContain(c.id);
	});
});

it('a comment hidden by a jury is sent without its text', async () => {
	const p = await createPost(db, dee, post({ title: 'Comment host' }));
	const cm = await postComment(db, cai, 'post', p.id, { body: 'Hide this comment.' });
	await flagContent(db, ben, 'comment', cm.id, { reason: 'abuse' });
	const c = await caseOf('comment', cm.id);
	for (const j of await actors(await seatsOf(c.id))) await castJuryVote(db, j, c.id, vote('hide'));
	const [row] = await db.select().from(comments).where(eq(comments.id, cm.id));
	expect(row.hiddenAt).not.toBeNull();
});
