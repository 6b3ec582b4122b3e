import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import type { Actor } from '$lib/domain/members/actor';
import { dayOf, parseAidFilter } from '$lib/domain/aid/rules';
import type { Connection } from '$lib/server/db/client';
import { aidPosts, chapters, events, members } from '$lib/server/db/schema';
import { actorFor } from '$lib/server/db/testing';
import { Forbidden, Invalid, NotFound, Unauthenticated } from '$lib/server/errors';
import { openWorld } from '$lib/server/writing/test-world';
import { editAid, fulfilAid, postAid, withdrawAid } from './commands';
import { aidBoard, aidPost, boardChapters, myAidPosts } from './queries';

/**
 * The board against a real database: posting, the rules on what is posted (and that bad input
 * changes nothing), who may change a post, what leaves the board, search and filters, and the
 * privacy of authors' names.
 */
let conn: Connection;
let ana: Actor;
let ben: Actor;
let chapterId: number;
let otherChapter: number;
const DAY = 86_400_000;
const any = { place: { kind: 'any' as const } };

const offer = (o: Record<string, unknown> = {}) => ({
	kind: 'offer',
	category: 'housing',
	chapterId: String(chapterId),
	language: 'en',
	title: 'Spare room for a week',
	body: 'A quiet **room** near the station.',
	expiresOn: '',
	...o
});

async function rowCount() {
	const [{ n }] = await conn.db.select({ n: sql<number>`count(*)::int` }).from(aidPosts);
	return n;
}

beforeAll(async () => {
	({ conn, ana, ben, chapterId } = await openWorld());
	[{ id: otherChapter }] = await conn.db
		.insert(chapters)
		.values({ kind: 'local', name: 'Porto', slug: 'porto-test', country: 'PT', city: 'Porto' })
		.returning({ id: chapters.id });
	// Ana hides her surname from visitors (the default) and is not in the directory.
	await conn.db
		.update(members)
		.set({ displayName: 'Nadia Haddad', inDirectory: false })
		.where(eq(members.id, ana.id));
});
afterAll(async () => {
	await conn?.close();
});

describe('posting', () => {
	it('puts an offer on the board with its default expiry and an event', async () => {
		const { id, url } = await postAid(conn.db, ana, offer());
		expect(url).toBe(`/aid/${id}-spare-room-for-a-week`);
		const [row] = await conn.db.select().from(aidPosts).where(eq(aidPosts.id, id));
		expect(row.chapterId).toBe(chapterId);
		const days = (row.expiresAt.getTime() - Date.now()) / DAY;
		expect(days).toBeGreaterThan(30);
		expect(days).toBeLessThanOrEqual(31);
		const [event] = await conn.db
			.select()
			.from(events)
			.where(sql`${events.subjectType} = 'aid-post' and ${events.subjectId} = ${id}`);
		expect(event.type).toBe('aid.posted');
		expect(event.data).toEqual({ kind: 'offer', category: 'housing', chapterId });
	});

	it('takes remote (no chapter), any listed language and a chosen last day', async () => {
		const last = dayOf(new Date(Date.now() + 10 * DAY));
		const { id } = await postAid(
			conn.db,
			ben,
			offer({ chapterId: 'remote', language: 'sw', kind: 'request', expiresOn: last })
		);
		const [row] = await conn.db.select().from(aidPosts).where(eq(aidPosts.id, id));
		expect(row.chapterId).toBeNull();
		expect(row.language).toBe('sw');
		expect(dayOf(new Date(row.expiresAt.getTime() - 1))).toBe(last);
	});

	const bad: [string, Record<string, unknown>, string, string][] = [
		['an unknown category', { category: 'weapons' }, 'category', 'aid_error_category'],
		['an unknown kind', { kind: 'swap' }, 'kind', 'aid_error_kind'],
		['a day in the past', { expiresOn: '2020-01-01' }, 'expiresOn', 'aid_error_expiry_past'],
		[
			'a day beyond the maximum',
			{ expiresOn: dayOf(new Date(Date.now() + 120 * DAY)) },
			'expiresOn',
			'aid_error_expiry_far'
		],
		[
			'a day that does not exist',
			{ expiresOn: '2026-02-31' },
			'expiresOn',
			'aid_error_expiry_date'
		],
		['a day that is not a date', { expiresOn: 'soon' }, 'expiresOn', 'aid_error_expiry_date'],
		['a chapter the poster is not in', { chapterId: 'X' }, 'chapterId', 'aid_error_not_in_chapter'],
		['an unknown language', { language: 'xx' }, 'language', 'error_invalid_value'],
		['an oversized title', { title: 'x'.repeat(121) }, 'title', 'aid_error_text_long'],
		['an oversized description', { body: 'x'.repeat(5_001) }, 'body', 'aid_error_text_long'],
		['an empty title', { title: '  ' }, 'title', 'error_required']
	];
	it.each(bad)('refuses %s, writing nothing', async (_name, change, field, key) => {
		const before = await rowCount();
		const values = offer(change);
		if (values.chapterId === 'X') values.chapterId = String(otherChapter);
		const err = await postAid(conn.db, ana, values).catch((e) => e);
		expect(err).toBeInstanceOf(Invalid);
		expect((err as Invalid & { fields: Record<string, string> }).fields[field]).toBe(key);
		expect(await rowCount()).toBe(before);
	});

	it('refuses visitors and lapsed members', async () => {
		await expect(postAid(conn.db, null, offer())).rejects.toBeInstanceOf(Unauthenticated);
		await conn.db.update(members).set({ lapsedAt: new Date() }).where(eq(members.handle, 'dee'));
		const [dee] = await conn.db.select().from(members).where(eq(members.handle, 'dee'));
		await expect(postAid(conn.db, await actorFor(conn.db, dee.id), offer())).rejects.toBeInstanceOf(
			Forbidden
		);
	});
});

describe('changing a post', () => {
	it('is for its author alone: another member gets 403, and nothing changes', async () => {
		const { id } = await postAid(conn.db, ana, offer({ title: 'Ladder to lend' }));
		await expect(editAid(conn.db, ben, id, offer({ title: 'Mine now' }))).rejects.toBeInstanceOf(
			Forbidden
		);
		await expect(fulfilAid(conn.db, ben, id)).rejects.toBeInstanceOf(Forbidden);
		await expect(withdrawAid(conn.db, ben, id)).rejects.toBeInstanceOf(Forbidden);
		const [row] = await conn.db.select().from(aidPosts).where(eq(aidPosts.id, id));
		expect(row.title).toBe('Ladder to lend');
		expect(row.status).toBe('open');
	});

	it('edits, then fulfils: the post leaves the board, stays on the author’s list, counted', async () => {
		const { id } = await postAid(conn.db, ana, offer({ title: 'Bicycle repairs' }));
		await editAid(conn.db, ana, id, offer({ title: 'Bicycle repairs on Saturdays' }));
		expect((await aidPost(conn.db, ben, id)).title).toBe('Bicycle repairs on Saturdays');
		await fulfilAid(conn.db, ana, id);
		const board = await aidBoard(conn.db, ben, { ...any, q: 'bicycle' });
		expect(board.posts.map((p) => p.id)).not.toContain(id);
		await expect(aidPost(conn.db, ben, id)).rejects.toBeInstanceOf(NotFound);
		expect((await aidPost(conn.db, ana, id)).status).toBe('fulfilled');
		const mine = await myAidPosts(conn.db, ana);
		expect(mine.posts.find((p) => p.id === id)?.status).toBe('fulfilled');
		expect(mine.counts.fulfilled).toBe(1);
		// A fulfilled post is not edited, fulfilled again or withdrawn.
		await expect(fulfilAid(conn.db, ana, id)).rejects.toBeInstanceOf(Forbidden);
		await expect(editAid(conn.db, ana, id, offer())).rejects.toBeInstanceOf(Forbidden);
	});

	it('withdraws; someone else’s withdrawn post is not found', async () => {
		const { id } = await postAid(conn.db, ana, offer({ title: 'Winter coats' }));
		await withdrawAid(conn.db, ana, id);
		await expect(withdrawAid(conn.db, ben, id)).rejects.toBeInstanceOf(NotFound);
		await expect(editAid(conn.db, ben, id, offer())).rejects.toBeInstanceOf(NotFound);
		expect((await myAidPosts(conn.db, ana)).counts.withdrawn).toBe(1);
	});

	it('lets an expired post leave the board at once, and an edit put it back', async () => {
		const { id } = await postAid(conn.db, ana, offer({ title: 'Lift to the coast' }));
		await conn.db
			.update(aidPosts)
			.set({ expiresAt: new Date(Date.now() - 1000) })
			.where(eq(aidPosts.id, id));
		expect((await aidBoard(conn.db, ben, any)).posts.map((p) => p.id)).not.toContain(id);
		await expect(aidPost(conn.db, null, id)).rejects.toBeInstanceOf(NotFound);
		expect((await myAidPosts(conn.db, ana)).counts.expired).toBe(1);
		await editAid(conn.db, ana, id, offer({ title: 'Lift to the coast' }));
		expect((await aidBoard(conn.db, ben, any)).posts.map((p) => p.id)).toContain(id);
	});
});

describe('the board', () => {
	it('filters by kind, category, place and language, and searches in any language', async () => {
		const board = (f: Partial<Parameters<typeof aidBoard>[2]>, who: Actor | null = ben) =>
			aidBoard(conn.db, who, { ...any, ...f }).then((b) => b.posts.map((p) => p.title));
		await postAid(
			conn.db,
			ana,
			offer({
				title: 'Clases de guitarra',
				body: 'Enseño guitarra a principiantes.',
				language: 'es',
				category: 'skills'
			})
		);
		expect(await board({ kind: 'request' })).toEqual(['Spare room for a week']);
		expect(await board({ category: 'skills' })).toEqual(['Clases de guitarra']);
		expect(await board({ language: 'es' })).toEqual(['Clases de guitarra']);
		expect(await board({ place: { kind: 'remote' } })).toEqual(['Spare room for a week']);
		const recife = await aidBoard(conn.db, ben, {
			place: { kind: 'chapter', slug: 'recife-test' }
		});
		expect(new Set(recife.posts.map((p) => p.chapterName))).toEqual(new Set(['Recife']));
		expect(await board({ place: { kind: 'near' } }, ana)).toContain('Clases de guitarra');
		expect(await board({ place: { kind: 'near' } }, ben)).toEqual([]);
		expect(await board({ q: 'guitarra' })).toEqual(['Clases de guitarra']);
		expect(await board({ q: 'station room' })).toContain('Spare room for a week');
		expect(await board({ q: 'nothing-like-this' })).toEqual([]);
		expect((await boardChapters(conn.db)).map((c) => c.slug)).toEqual(['recife-test']);
	});

	it('pages by keyset', async () => {
		const first = await aidBoard(conn.db, ben, any, undefined, 2);
		expect(first.posts).toHaveLength(2);
		const [at, idText] = [
			first.next!.slice(0, first.next!.lastIndexOf('_')),
			first.next!.split('_').pop()
		];
		const second = await aidBoard(conn.db, ben, any, { at: new Date(at), id: Number(idText) }, 2);
		expect(second.posts.map((p) => p.id)).not.toContain(first.posts[0].id);
		expect(second.posts.length).toBeGreaterThan(0);
	});

	it('ignores filter values it does not know', () => {
		const f = parseAidFilter(
			new URLSearchParams(
				'kind=swap&category=%00&place=%2F..&language=english&q=' + 'x'.repeat(500)
			)
		);
		expect(f).toEqual({
			kind: undefined,
			category: undefined,
			place: { kind: 'any' },
			language: undefined,
			q: 'x'.repeat(200)
		});
		expect(parseAidFilter(new URLSearchParams('place=near')).place).toEqual({ kind: 'near' });
	});

	it('names authors as their privacy settings say, and links an answer only for members', async () => {
		const visitor = await aidBoard(conn.db, null, { ...any, q: 'guitarra' });
		expect(visitor.posts[0].authorName).toBe('Nadia H.');
		expect(visitor.posts[0].authorHandle).toBeNull();
		const member = await aidBoard(conn.db, ben, { ...any, q: 'guitarra' });
		expect(member.posts[0].authorName).toBe('Nadia Haddad');
		expect(member.posts[0].authorHandle).toBe('ana');
		const id = member.posts[0].id;
		expect((await aidPost(conn.db, null, id)).answer).toBeNull();
		expect((await aidPost(conn.db, ana, id)).answer).toBeNull();
		expect((await aidPost(conn.db, ben, id)).answer).toBe(
			'/messages/new?to=ana&subject=Clases%20de%20guitarra'
		);
		expect(JSON.stringify(await aidPost(conn.db, null, id))).not.toContain('Haddad');
	});
});
