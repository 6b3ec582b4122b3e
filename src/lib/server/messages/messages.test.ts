import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import '$lib/server/commentables';
import type { Actor } from '$lib/domain/members/actor';
import type { Db } from '$lib/server/db/client';
import { members } from '$lib/server/db/schema';
import { actorFor, dispatchEvents } from '$lib/server/db/testing';
import { Forbidden, Invalid, NotFound } from '$lib/server/errors';
import { RateLimited } from '$lib/server/limits';
import { timeCursor } from '$lib/server/paging';
import { flagContent } from '$lib/server/comments/flags';
import { moderationSubjectOf } from '$lib/server/moderation/subjects';
import { exportMemberData } from '$lib/server/members/export';
import { search } from '$lib/server/search/queries';
import { newMember, openWorld, type World } from '$lib/server/writing/test-world';
import {
	blockMember,
	markConversationRead,
	sendMessage,
	startConversation,
	unblockMember
} from './commands';
import { eraseMessages } from './erase';
import { blockList, conversationList, conversationView, unreadConversations } from './queries';
import { can } from './policy';

let w: World;
let db: Db;
/** Outsiders to every conversation below: an organisation facilitator, Recife's facilitator, a Recife member. */
let orgFacilitator: Actor, chapterFacilitator: Actor, neighbour: Actor;

const SECRET = 'zanzibarquokka';

beforeAll(async () => {
	w = await openWorld();
	db = w.conn.db;
	orgFacilitator = await newMember(db, 'orgfac', { mandate: 'organisation' });
	chapterFacilitator = await newMember(db, 'chapfac', {
		chapter: w.chapterId,
		mandate: w.chapterId
	});
	neighbour = await newMember(db, 'neighbour', { chapter: w.chapterId });
	// The members of the world are old accounts: the new-account limit is tested on its own.
	await db.execute(sql`update members set created_at = now() - interval '30 days'`);
}, 60_000);
afterAll(() => w?.conn.close());

const start = (actor: Actor, o: Record<string, unknown> = {}) =>
	startConversation(db, actor, { to: 'ben', subject: 'Seeds', body: `About the ${SECRET}.`, ...o });

async function counts() {
	const { rows } = await db.execute<{ c: number; p: number; m: number; b: number }>(sql`
		select (select count(*)::int from conversations) as c,
			(select count(*)::int from conversation_participants) as p,
			(select count(*)::int from conversation_messages) as m,
			(select count(*)::int from member_blocks) as b`);
	return rows[0];
}

async function refused(run: () => Promise<unknown>, kind: new (...a: never[]) => Error) {
	const before = await counts();
	await expect(run()).rejects.toBeInstanceOf(kind);
	expect(await counts()).toEqual(before);
}

describe('the messages policy', () => {
	it('answers as the table says', () => {
		const inIt = { participant: true, blocked: false };
		const cases: [string, boolean, boolean][] = [
			['a confirmed member may start a conversation', can(w.ana, 'start', { blocked: false }), true],
			['nobody may start one across a block', can(w.ana, 'start', { blocked: true }), false],
			['a visitor may not start one', can(null, 'start', { blocked: false }), false],
			['a participant may read', can(w.ana, 'read', inIt), true],
			['an organisation facilitator outside it may not read', can(orgFacilitator, 'read', { participant: false, blocked: false }), false],
			['a participant may write', can(w.ana, 'send', inIt), true],
			['a participant may not write across a block', can(w.ana, 'send', { participant: true, blocked: true }), false],
			['a member may block another', can(w.ana, 'block', { memberId: w.ben.id }), true],
			['nobody may block themselves', can(w.ana, 'block', { memberId: w.ana.id }), false]
		];
		for (const [sentence, got, want] of cases) expect(got, sentence).toBe(want);
	});
});

describe('conversations', () => {
	let id: number;

	it('starts one with unread state for the recipient, newest first in their list', async () => {
		const out = await start(w.ana);
		id = out.id;
		expect(out.url).toBe(`/messages/${id}`);
		expect(await unreadConversations(db, w.ben.id)).toBe(1);
		expect(await unreadConversations(db, w.ana.id)).toBe(0);
		const list = await conversationList(db, w.ben);
		expect(list.conversations[0]).toMatchObject({ id, subject: 'Seeds', unread: 1 });
		expect(list.conversations[0].with.map((p) => p.handle)).toEqual(['ana']);
		const view = await conversationView(db, w.ben, id);
		expect(view.messages[0].html).toContain(SECRET);
		expect(view.messages[0].unread).toBe(true);
		await markConversationRead(db, w.ben, id, view.newestId);
		expect(await unreadConversations(db, w.ben.id)).toBe(0);
	});

	it('renders Markdown the safe way comments are', async () => {
		await sendMessage(db, w.ben, id, { body: '<script>alert(1)</script> [x](javascript:alert(1)) **ok**' });
		const view = await conversationView(db, w.ana, id);
		const html = view.messages.at(-1)!.html!;
		expect(html).not.toContain('<script');
		expect(html).not.toContain('href="javascript');
		expect(html).toContain('<strong>ok</strong>');
		expect(await unreadConversations(db, w.ana.id)).toBe(1);
	});

	it('pages the list by keyset, newest first', async () => {
		const second = await start(w.ana, { to: 'ben, cai', subject: 'Group' });
		const list = await conversationList(db, w.ana);
		expect(list.conversations.map((c) => c.id)).toEqual([second.id, id]);
		const cursor = `${list.conversations[0].lastMessageAt.toISOString()}_${second.id}`;
		const rest = await conversationList(db, w.ana, timeCursor(cursor));
		expect(rest.conversations.map((c) => c.id)).toEqual([id]);
	});

	it('notifies the other participants without the text, and logs no text', async () => {
		await dispatchEvents(db);
		const { rows } = await db.execute<{ member_id: number; title: string; url: string }>(sql`
			select member_id::int as member_id, title, url from notifications where kind = 'message'
			order by id`);
		expect(rows.map((r) => r.member_id)).not.toContain(orgFacilitator.id);
		expect(rows.some((r) => r.member_id === w.ben.id && r.title === 'Seeds')).toBe(true);
		const text = JSON.stringify(
			(
				await db.execute(
					sql`select e.data, (select json_agg(subject || text_body) from mail_outbox) as mail from events e`
				)
			).rows
		);
		expect(text).not.toContain(SECRET);
	});

	it('is never visible to anyone outside it, facilitators and chapter members included', async () => {
		for (const outsider of [orgFacilitator, chapterFacilitator, neighbour, w.dee]) {
			await expect(conversationView(db, outsider, id)).rejects.toBeInstanceOf(NotFound);
			await refused(() => sendMessage(db, outsider, id, { body: 'Hello?' }), NotFound);
			await refused(() => markConversationRead(db, outsider, id, 1), NotFound);
			expect((await conversationList(db, outsider)).conversations).toEqual([]);
			expect(await unreadConversations(db, outsider.id)).toBe(0);
			const view = await conversationView(db, w.ana, id);
			await expect(
				flagContent(db, outsider, 'message', view.messages[0].id, { reason: 'spam' })
			).rejects.toBeInstanceOf(NotFound);
			expect(await search(db, outsider, 'en', SECRET)).toEqual([]);
			const data = await exportMemberData(db, outsider);
			expect(JSON.stringify(data)).not.toContain(SECRET);
			expect(JSON.stringify(data)).not.toContain('Seeds');
		}
		expect(await search(db, w.ana, 'en', SECRET)).toEqual([]);
	});
});

describe('bad input changes nothing', () => {
	it('answers a translated 4xx for each', async () => {
		const invalid = async (o: Record<string, unknown>, field: string, key: string) => {
			const before = await counts();
			const err = await start(w.ana, o).catch((e) => e);
			expect(err).toBeInstanceOf(Invalid);
			expect((err as Invalid).fields[field]).toBe(key);
			expect(await counts()).toEqual(before);
		};
		await invalid({ body: '   ' }, 'body', 'error_required');
		await invalid({ body: 'x'.repeat(10_001) }, 'body', 'message_error_body_long');
		await invalid({ subject: '' }, 'subject', 'error_required');
		await invalid({ to: 'ben, nobody_here' }, 'to', 'message_error_unknown_handle');
		await invalid({ to: '' }, 'to', 'error_required');
		await invalid({ to: '@ana' }, 'to', 'message_error_self');
		const many = Array.from({ length: 10 }, (_, i) => `extra${i}`);
		for (const h of many) await newMember(db, h);
		await invalid({ to: many.join(', ') }, 'to', 'message_error_too_many');
		await refused(() => sendMessage(db, w.ana, 999_999, { body: 'Hi' }), NotFound);
		const ok = await start(w.ana, { to: many.slice(0, 9) });
		expect((await conversationView(db, w.ana, ok.id)).participants).toHaveLength(9);
	});
});

describe('blocking', () => {
	it('stops a conversation either way, in a 403 that names nobody, until undone', async () => {
		const { id } = await start(w.ana, { to: 'cai' });
		await blockMember(db, w.cai, 'ana');
		expect((await blockList(db, w.cai)).map((b) => b.handle)).toEqual(['ana']);
		await refused(() => start(w.ana, { to: 'cai' }), Forbidden);
		await refused(() => start(w.ana, { to: 'ben, cai' }), Forbidden);
		await refused(() => sendMessage(db, w.ana, id, { body: 'Still there?' }), Forbidden);
		await refused(() => sendMessage(db, w.cai, id, { body: 'Go away' }), Forbidden);
		const err = await start(w.ana, { to: 'cai' }).catch((e) => e);
		expect((err as Forbidden).messageKey).toBe('message_error_blocked');
		expect((await conversationView(db, w.ana, id)).canReply).toBe(false);
		// The blocked member's own export does not say who blocked them; the blocker's does.
		expect(JSON.stringify((await exportMemberData(db, w.ana)).tables.member_blocks ?? {})).toBe(
			'{}'
		);
		expect((await exportMemberData(db, w.cai)).tables.member_blocks.blocker_id).toHaveLength(1);
		await refused(() => blockMember(db, w.ana, 'ana'), Forbidden);
		await refused(() => blockMember(db, w.ana, 'nobody_here'), NotFound);
		await unblockMember(db, w.cai, 'ana');
		await sendMessage(db, w.ana, id, { body: 'Hello again' });
	});
});

describe('limits, moderation, export and deletion', () => {
	it('holds a new account to the stricter daily limit', async () => {
		const young = await newMember(db, 'young');
		await db.execute(sql`update members set created_at = now() where id = ${young.id}`);
		const { id } = await start(young, { to: 'ben', subject: 'Hi', body: 'One' });
		for (let i = 1; i < 20; i++) await sendMessage(db, young, id, { body: `n${i}` });
		await refused(() => sendMessage(db, young, id, { body: 'one too many' }), RateLimited);
		// An older account is not held to it.
		for (let i = 0; i < 21; i++) await sendMessage(db, w.ben, id, { body: `b${i}` });
	});

	it('lets a participant report a message to a jury, which hides it for everyone', async () => {
		const { id, messageId } = await start(w.dee, { to: 'ana', body: `Rude ${SECRET}` });
		await flagContent(db, w.ana, 'message', messageId, { reason: 'abuse' });
		await expect(
			flagContent(db, w.dee, 'message', messageId, { reason: 'abuse' })
		).rejects.toBeInstanceOf(Forbidden);
		const subject = moderationSubjectOf('message');
		const item = await db.transaction((tx) => subject.load(tx, messageId));
		expect(item).toMatchObject({ authorId: w.dee.id, url: null, body: `Rude ${SECRET}` });
		expect(item!.participantIds.sort()).toEqual([w.ana.id, w.dee.id].sort());
		await db.transaction((tx) => subject.setHidden(tx, messageId, true));
		const view = await conversationView(db, w.ana, id);
		expect(view.messages[0]).toMatchObject({ hidden: true, html: null });
		await db.transaction((tx) => subject.setHidden(tx, messageId, false));
		expect((await conversationView(db, w.ana, id)).messages[0].hidden).toBe(false);
	});

	it('exports a member’s conversations with every message', async () => {
		const data = await exportMemberData(db, w.ben);
		const seeds = data.conversations.find((c) => c.subject === 'Seeds');
		expect(seeds?.participants).toEqual(['ana', 'ben']);
		expect(JSON.stringify(seeds?.messages)).toContain(SECRET);
	});

	it('on deletion with writing removed, leaves tombstones and no blocks', async () => {
		const gone = await newMember(db, 'leaving');
		const { id } = await start(gone, { to: 'ana', body: 'Soon gone' });
		await blockMember(db, w.ana, 'leaving');
		await db.transaction((tx) => eraseMessages(tx, gone.id, true));
		const view = await conversationView(db, w.ana, id);
		expect(view.messages[0]).toMatchObject({ deleted: true, html: null });
		expect(await blockList(db, w.ana)).toEqual([]);
		const { rows } = await db.execute<{ body: string }>(
			sql`select body from conversation_messages where conversation_id = ${id}`
		);
		expect(rows).toEqual([{ body: '' }]);
		const left = await actorFor(db, gone.id);
		expect(left.id).toBe(gone.id);
		expect(await db.select().from(members).where(sql`id = ${gone.id}`)).toHaveLength(1);
	});
});
