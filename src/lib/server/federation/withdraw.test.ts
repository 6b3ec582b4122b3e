/**
 * What leaves the federation and how (docs/federation.md, "Withdrawing"): a deleted post is sent
 * as a Delete with a Tombstone; a blog turned off, or an erased account, as a Delete of the actor,
 * which answers 410 Gone from then on while nothing else goes out in its name. Replies from other
 * servers go before the juries like comments. Also the outbox's size and pages, content
 * negotiation on the human pages, and signed fetches.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import {
	parseRequestSignature,
	verifyDraftSignature
} from '@misskey-dev/node-http-message-signatures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '$lib/domain/members/actor';
import {
	comments,
	events,
	federationActors,
	federationDeliveries,
	federationFollows,
	flags,
	instanceSettings,
	jurors,
	juryCases,
	members,
	postingSuspensions,
	posts,
	remoteActors,
	remoteReplies
} from '$lib/server/db/schema';
import { actorFor, dispatchEvents } from '$lib/server/db/testing';
import { deleteAccount } from '$lib/server/accounts/credentials';
import { hashPassword } from '$lib/server/accounts/passwords';
import { flagContent, postComment } from '$lib/server/comments/commands';
import { castJuryVote } from '$lib/server/moderation/commands';
import { juryCase } from '$lib/server/moderation/queries';
import { siteOrigin } from '$lib/server/notifications/mail';
import { DEMO_JURY_POLICY } from '$lib/server/seed/demo-moderation';
import { createPost, deletePost, insertPost } from '$lib/server/writing/commands';
import { FolderStore } from '$lib/server/writing/media-store';
import { setWritingLimits } from '$lib/server/writing/settings';
import { newMember, openWorld, post, type World } from '$lib/server/writing/test-world';
import { localActor, signingKeyOf } from './actors';
import { setBlogFederation } from './commands';
import { startFederationDelivery } from './delivery';
import { deliverPost } from './handler';
import { activityAddress, activityRedirect, wantsActivityJson } from './negotiate';
import { OUTBOX_PAGE } from './posts';
import { repliesOf } from './replies';
import { fetchRemoteActor } from './remote-actors';
import { actorResponse, objectResponse, outboxResponse, webfinger } from './serve';
import { SIGNED_GET_COMPONENTS } from './signatures';

let w: World;
let origin: string;
const PASSWORD = 'correct horse battery';

beforeAll(async () => {
	w = await openWorld();
	origin = siteOrigin();
	process.env.PLENARY_LIMIT_SCALE = '100';
	await setWritingLimits(w.conn.db, { postsPerDay: 10_000 });
}, 60_000);
afterAll(() => {
	delete process.env.PLENARY_LIMIT_SCALE;
	return w?.conn.close();
});

let remotes = 0;
/** A remote actor on `host` that follows one of our actors. */
async function follower(actorId: number, host = 'remote.example') {
	const n = ++remotes;
	const [remote] = await w.conn.db
		.insert(remoteActors)
		.values({
			uri: `https://${host}/users/r${n}`,
			keyId: `https://${host}/users/r${n}#main-key`,
			publicKeyPem: 'x',
			inbox: `https://${host}/users/r${n}/inbox`,
			sharedInbox: `https://${host}/inbox`,
			name: `Remote ${n}`,
			handle: `r${n}@${host}`
		})
		.returning();
	await w.conn.db.insert(federationFollows).values({
		actorId,
		remoteActorId: remote.id,
		direction: 'follower',
		state: 'accepted',
		activityId: `https://${host}/follows/${n}`
	});
	return remote;
}

type Sent = { inbox: string; type: string; actor: string; object: unknown; done: boolean };
async function queued(): Promise<Sent[]> {
	const rows = await w.conn.db.select().from(federationDeliveries).orderBy(federationDeliveries.id);
	return rows.map((r) => {
		const a = r.activity as { type: string; actor: string; object: unknown };
		return {
			inbox: r.inbox,
			type: a.type,
			actor: a.actor,
			object: a.object,
			done: r.attempts >= 8 || !!r.deliveredAt
		};
	});
}
const clearQueue = () => w.conn.db.delete(federationDeliveries);

async function optIn(actor: Actor, handle: string) {
	await setBlogFederation(w.conn.db, actor, { enabled: 'on' });
	return (await localActor(w.conn.db, { kind: 'member', handle }))!;
}

const at = (path: string) => new URL(`${origin}${path}`);

describe('a deleted post', () => {
	it('is withdrawn from its followers with a Tombstone, with its discussion; only its author deletes it', async () => {
		const { db } = w.conn;
		const actor = await optIn(w.ana, 'ana');
		await follower(actor.id);
		const shown = await createPost(db, w.ana, post({ title: 'To be withdrawn' }));
		const inside = await createPost(db, w.ana, post({ title: 'Inside', visibility: 'members' }));
		await dispatchEvents(db);
		expect((await queued()).map((d) => d.type)).toEqual(['Create']);
		await clearQueue();

		await postComment(db, w.ben, 'post', shown.id, { body: 'A comment.' });
		const [remote] = await db.select().from(remoteActors).limit(1);
		const [reply] = await db
			.insert(remoteReplies)
			.values({ postId: shown.id, remoteActorId: remote.id, objectId: 'https://x/1', text: 'Hi' })
			.returning();
		await db.insert(flags).values({
			subjectType: 'remote-reply',
			subjectId: reply.id,
			memberId: w.cai.id,
			reason: 'spam'
		});

		await expect(deletePost(db, null, shown.id)).rejects.toMatchObject({ status: 401 });
		await expect(deletePost(db, w.ben, shown.id)).rejects.toMatchObject({ status: 403 });
		await expect(deletePost(db, w.ana, 999_999)).rejects.toMatchObject({ status: 404 });
		expect(await db.select().from(posts).where(eq(posts.id, shown.id))).toHaveLength(1);

		expect(await deletePost(db, w.ana, shown.id)).toEqual({ url: '/blog' });
		expect(await db.select().from(posts).where(eq(posts.id, shown.id))).toEqual([]);
		expect(
			await db
				.select()
				.from(comments)
				.where(and(eq(comments.subjectType, 'post'), eq(comments.subjectId, shown.id)))
		).toEqual([]);
		expect(await db.select().from(remoteReplies).where(eq(remoteReplies.id, reply.id))).toEqual([]);
		expect(await db.select().from(flags).where(eq(flags.subjectId, reply.id))).toEqual([]);
		const [event] = await db
			.select()
			.from(events)
			.where(and(eq(events.type, 'post.deleted'), eq(events.subjectId, shown.id)));
		expect(event.data).toEqual({ kind: 'blog', authorId: w.ana.id, chapterId: null, public: true });

		await dispatchEvents(db);
		expect(await queued()).toEqual([
			{
				inbox: 'https://remote.example/inbox',
				type: 'Delete',
				actor: `${origin}/ap/actors/ana`,
				object: { id: `${origin}/ap/posts/${shown.id}`, type: 'Tombstone' },
				done: false
			}
		]);

		// Asked for again, the post is gone, not unknown.
		const asked = await objectResponse(db, at(`/ap/posts/${shown.id}`), String(shown.id));
		expect(asked.status).toBe(410);
		expect(await asked.json()).toMatchObject({
			id: `${origin}/ap/posts/${shown.id}`,
			type: 'Tombstone'
		});

		// A post no visitor could read was never sent: nothing to withdraw, and its address stays
		// unknown.
		await clearQueue();
		await deletePost(db, w.ana, inside.id);
		await dispatchEvents(db);
		expect(await queued()).toEqual([]);
		expect((await objectResponse(db, at(`/ap/posts/${inside.id}`), String(inside.id))).status).toBe(
			404
		);
		expect((await objectResponse(db, at('/ap/posts/999999'), '999999')).status).toBe(404);
	});
});

describe('a blog that stops federating', () => {
	it('sends its followers a Delete of the actor, drops what was queued, and answers 410 from then on', async () => {
		const { db } = w.conn;
		const actor = await optIn(w.cai, 'cai');
		await follower(actor.id, 'one.example');
		await follower(actor.id, 'one.example');
		await follower(actor.id, 'two.example');
		const shown = await createPost(db, w.cai, post({ title: 'Cai writes' }));
		await dispatchEvents(db);
		// An edit's Update waits in the queue; so does an earlier withdrawal of a post.
		await clearQueue();
		await deliverPost(db, shown.id, 'Update', 'u', origin);
		await db.update(posts).set({ visibility: 'members' }).where(eq(posts.id, shown.id));
		await deliverPost(db, shown.id, 'Update', 'd', origin);
		expect((await queued()).map((d) => d.type)).toEqual(['Update', 'Update', 'Delete', 'Delete']);

		await setBlogFederation(db, w.cai, {});
		await dispatchEvents(db);
		const self = `${origin}/ap/actors/cai`;
		expect((await queued()).map((d) => [d.type, d.inbox, d.object])).toEqual([
			[
				'Delete',
				'https://one.example/inbox',
				{ id: `${origin}/ap/posts/${shown.id}`, type: 'Tombstone' }
			],
			[
				'Delete',
				'https://two.example/inbox',
				{ id: `${origin}/ap/posts/${shown.id}`, type: 'Tombstone' }
			],
			['Delete', 'https://one.example/inbox', self],
			['Delete', 'https://two.example/inbox', self]
		]);
		expect(
			await db.select().from(federationFollows).where(eq(federationFollows.actorId, actor.id))
		).toEqual([]);

		// Gone, not unknown: the actor, its outbox and its WebFinger answer 410 with a Tombstone.
		const answer = await actorResponse(db, at('/ap/actors/cai'), 'Cai', 'en');
		expect(answer.status).toBe(410);
		expect(await answer.json()).toMatchObject({
			id: self,
			type: 'Tombstone',
			formerType: 'Person'
		});
		expect((await outboxResponse(db, at('/ap/actors/cai/outbox'), 'cai')).status).toBe(410);
		const host = new URL(origin).host;
		expect(
			(await webfinger(db, at(`/.well-known/webfinger?resource=acct:cai@${host}`))).status
		).toBe(410);
		// A member who never opted in is still unknown.
		expect((await actorResponse(db, at('/ap/actors/dee'), 'dee', 'en')).status).toBe(404);
		expect((await signingKeyOf(db, actor.id, origin))?.federates).toBe(false);

		// Opting in again: the actor is back, with no followers, and nothing is withdrawn.
		await clearQueue();
		await optIn(w.cai, 'cai');
		await dispatchEvents(db);
		expect(await queued()).toEqual([]);
		expect((await actorResponse(db, at('/ap/actors/cai'), 'cai', 'en')).status).toBe(200);
		await setBlogFederation(db, w.cai, {});
		await dispatchEvents(db);
	});

	it('sends nothing but its withdrawals once it no longer federates (the delivery worker checks)', async () => {
		const { db } = w.conn;
		const seen: { type: string; signature: string }[] = [];
		const inbox = createServer((req, res) => {
			let body = '';
			req.on('data', (c) => (body += c));
			req.on('end', () => {
				seen.push({ type: JSON.parse(body).type, signature: String(req.headers.signature) });
				res.statusCode = 202;
				res.end();
			});
		});
		await new Promise<void>((done) => inbox.listen(0, '127.0.0.1', done));
		const url = `http://127.0.0.1:${(inbox.address() as AddressInfo).port}/inbox`;
		const [row] = await db
			.select({ id: federationActors.id })
			.from(federationActors)
			.where(eq(federationActors.memberId, w.cai.id));
		await clearQueue();
		await db.insert(federationDeliveries).values([
			{ actorId: row.id, inbox: url, activity: { type: 'Create', actor: 'x', object: 'y' } },
			{ actorId: row.id, inbox: url, activity: { type: 'Delete', actor: 'x', object: 'x' } }
		]);
		const worker = startFederationDelivery(db, origin, true);
		try {
			worker.kick();
			for (let i = 0; i < 200 && (await queued()).some((d) => !d.done); i++)
				await new Promise((r) => setTimeout(r, 25));
		} finally {
			await worker.stop();
			inbox.close();
		}
		expect(seen.map((s) => s.type)).toEqual(['Delete']);
		expect(seen[0].signature).toContain(`keyId="${origin}/ap/actors/cai#main-key"`);
		const [dropped] = await db
			.select()
			.from(federationDeliveries)
			.where(isNull(federationDeliveries.deliveredAt));
		expect(dropped.lastError).toBe('the actor no longer federates');
	});

	it('is withdrawn under its old name when the account is deleted, with the public chapter news it wrote', async () => {
		const { db } = w.conn;
		const eve = await newMember(db, 'eve', { chapter: w.chapterId });
		await db
			.update(members)
			.set({ passwordHash: await hashPassword(PASSWORD) })
			.where(eq(members.id, eve.id));
		const actor = await optIn(eve, 'eve');
		await follower(actor.id, 'eve.example');
		const chapter = (await localActor(db, { kind: 'chapter', slug: 'recife-test' }))!;
		await follower(chapter.id, 'chapter.example');
		const news = await createPost(
			db,
			eve,
			post({ title: 'Recife news', kind: 'chapter', chapterId: String(w.chapterId) })
		);
		await dispatchEvents(db);
		await clearQueue();

		const store = new FolderStore(await mkdtemp(join(tmpdir(), 'plenary-withdraw-')));
		await deleteAccount(
			db,
			eve,
			{ currentPassword: PASSWORD, confirmHandle: 'eve', content: 'remove' },
			store
		);
		await dispatchEvents(db);
		const self = `${origin}/ap/actors/eve`;
		expect((await queued()).map((d) => [d.type, d.inbox, d.actor, d.object])).toEqual([
			['Delete', 'https://eve.example/inbox', self, self],
			[
				'Delete',
				'https://chapter.example/inbox',
				`${origin}/ap/actors/chapter.recife-test`,
				{ id: `${origin}/ap/posts/${news.id}`, type: 'Tombstone' }
			]
		]);
		// Signed as the actor it was, though the handle is erased; its address is gone for good.
		expect(await signingKeyOf(db, actor.id, origin)).toMatchObject({
			keyId: `${self}#main-key`,
			federates: false
		});
		expect((await actorResponse(db, at('/ap/actors/eve'), 'eve', 'en')).status).toBe(410);
	});
});

describe('a reply from another server', () => {
	it('is flagged like a comment and judged by a jury; a hiding verdict hides it here, and nobody is suspended', async () => {
		const { db } = w.conn;
		await db
			.insert(instanceSettings)
			.values({ key: 'moderation.juries', value: DEMO_JURY_POLICY })
			.onConflictDoNothing();
		const pool: Actor[] = [];
		for (let i = 0; i < 6; i++) pool.push(await newMember(db, `pool${i}`));
		const target = await createPost(db, w.ben, post({ title: 'Replied to' }));
		const [remote] = await db.select().from(remoteActors).limit(1);
		const [reply] = await db
			.insert(remoteReplies)
			.values({
				postId: target.id,
				remoteActorId: remote.id,
				objectId: 'https://remote.example/notes/flagged',
				text: 'Buy *cheap* things at [this](https://spam.example)'
			})
			.returning();
		const flag = (who: Actor | null, id = reply.id) =>
			flagContent(db, who, 'remote-reply', id, { reason: 'spam', note: '' });

		await expect(flag(null)).rejects.toMatchObject({ status: 401 });
		await expect(flag(w.dee, 999_999)).rejects.toMatchObject({ status: 404 });
		await flag(w.dee);
		await expect(flag(w.dee)).rejects.toMatchObject({ status: 409 });
		const [c] = await db
			.select()
			.from(juryCases)
			.where(and(eq(juryCases.subjectType, 'remote-reply'), eq(juryCases.subjectId, reply.id)));
		expect(c).toMatchObject({ authorId: null, title: 'Replied to', status: 'open' });
		// Flagged enough, it folds until the jury has looked.
		await flag(pool[0]);
		await flag(pool[1]);
		expect((await repliesOf(db, target.id)).map((r) => [r.id, r.collapsed])).toEqual([
			[reply.id, true]
		]);

		const seated = await db.select().from(jurors).where(eq(jurors.caseId, c.id));
		const ids = seated.map((s) => s.memberId);
		// The post's author and the flaggers do not judge it.
		expect(ids).not.toContain(w.ben.id);
		expect(ids).not.toContain(w.dee.id);
		const first = await actorFor(db, ids[0]);
		const view = await juryCase(db, first, c.id);
		// The jurors read the reply as it came: its Markdown-like marks are text.
		expect(view.item?.html).toContain('Buy *cheap* things at [this](https://spam.example)');
		expect(view.url).toBe(`/posts/${target.id}-replied-to#remote-reply-${reply.id}`);
		// Nobody here wrote it: a suspension is refused, with a word why.
		await expect(
			castJuryVote(db, first, c.id, { verdict: 'suspend', days: '3', reason: 'Spam.' })
		).rejects.toMatchObject({ status: 400, fields: { verdict: 'moderation_error_no_author' } });
		expect(view.suspends).toBe(false);
		for (const id of ids)
			await castJuryVote(db, await actorFor(db, id), c.id, {
				verdict: 'hide',
				days: '',
				reason: 'Spam.'
			});
		const [decided] = await db.select().from(juryCases).where(eq(juryCases.id, c.id));
		expect(decided.status).toBe('decided');
		expect(await repliesOf(db, target.id)).toEqual([]);
		expect(
			await db.select().from(postingSuspensions).where(eq(postingSuspensions.caseId, c.id))
		).toEqual([]);
		expect((await juryCase(db, w.ben, c.id)).canAppeal).toBe(false);
		// Hidden, it is no longer there to flag.
		await expect(flag(pool[2])).rejects.toMatchObject({ status: 404 });
		await dispatchEvents(db);
	});
});

describe('the outbox', () => {
	it('says how many posts it holds and pages through them all', async () => {
		const { db } = w.conn;
		const fac = await newMember(db, 'fac', { mandate: 'organisation' });
		const ids: number[] = [];
		for (let i = 0; i < OUTBOX_PAGE + 1; i++)
			ids.push(
				(
					await insertPost(db, fac, {
						kind: 'organisation',
						title: `News ${i}`,
						body: 'Body.',
						language: 'en',
						tags: [],
						visibility: 'public',
						chapterId: null,
						publish: true
					})
				).id
			);
		await insertPost(db, fac, {
			kind: 'organisation',
			title: 'Members only',
			body: 'Body.',
			language: 'en',
			tags: [],
			visibility: 'members',
			chapterId: null,
			publish: true
		});
		const outbox = `${origin}/ap/actors/organisation.blog/outbox`;
		const read = async (url: string) =>
			(await outboxResponse(db, new URL(url), 'organisation.blog')).json();
		const root = await read(outbox);
		expect(root).toMatchObject({
			id: outbox,
			type: 'OrderedCollection',
			totalItems: OUTBOX_PAGE + 1,
			first: `${outbox}?page=true`
		});
		const seen: string[] = [];
		let page = await read(root.first);
		for (let n = 0; ; n++) {
			expect(page).toMatchObject({ type: 'OrderedCollectionPage', partOf: outbox });
			seen.push(...page.orderedItems.map((i: { object: { id: string } }) => i.object.id));
			if (!page.next) break;
			expect(n).toBeLessThan(3);
			page = await read(page.next);
		}
		expect(seen).toEqual(ids.reverse().map((id) => `${origin}/ap/posts/${id}`));
		await db.delete(posts).where(inArray(posts.id, ids));
	});
});

describe('content negotiation on the human pages', () => {
	it.each([
		['application/activity+json', true],
		['application/ld+json; profile="https://www.w3.org/ns/activitystreams"', true],
		['application/ld+json', true],
		['application/ld+json; profile="https://example.org/other"', false],
		// Mastodon's own Accept when it resolves a URL.
		['application/activity+json, application/ld+json, text/html;q=0.1', true],
		['text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', false],
		['text/html, application/activity+json;q=0.5', false],
		['*/*', false],
		[null, false]
	])('%s asks for ActivityPub: %s', (accept, expected) => {
		expect(wantsActivityJson(accept)).toBe(expected);
	});

	it.each([
		['/@ana', '/ap/actors/ana'],
		['/@ana/', '/ap/actors/ana'],
		['/posts/12-why-chapters-matter', '/ap/posts/12'],
		['/posts/12', '/ap/posts/12'],
		['/chapters/recife-test', '/ap/actors/chapter.recife-test'],
		['/blog?kind=organisation', '/ap/actors/organisation.blog'],
		['/blog', null],
		['/posts/12-x/edit', null],
		['/@organisation.blog', null],
		['/members', null]
	])('%s is %s', (path, expected) => {
		expect(activityAddress(at(path))).toBe(expected && `${origin}${expected}`);
	});

	it('redirects an ActivityPub GET to the document and leaves browsers and forms alone', () => {
		const ask = (accept: string, method = 'GET') =>
			activityRedirect(new Request(at('/@ana'), { method, headers: { accept } }), at('/@ana'));
		const sent = ask('application/activity+json');
		expect(sent?.status).toBe(302);
		expect(sent?.headers.get('location')).toBe(`${origin}/ap/actors/ana`);
		expect(sent?.headers.get('vary')).toBe('Accept');
		expect(ask('text/html')).toBeNull();
		expect(ask('application/activity+json', 'POST')).toBeNull();
	});
});

describe('fetching from other servers', () => {
	it('signs the GET as the organisation’s actor, over the request line, host and date', async () => {
		const { db } = w.conn;
		let headers: IncomingHttpHeaders = {};
		let path = '';
		const remote = createServer((req, res) => {
			headers = req.headers;
			path = req.url ?? '';
			const base = `http://127.0.0.1:${(remote.address() as AddressInfo).port}`;
			res.setHeader('content-type', 'application/activity+json');
			res.end(
				JSON.stringify({
					id: `${base}/users/sig`,
					type: 'Person',
					inbox: `${base}/users/sig/inbox`,
					publicKey: {
						id: `${base}/users/sig#main-key`,
						owner: `${base}/users/sig`,
						publicKeyPem: 'x'
					}
				})
			);
		});
		await new Promise<void>((done) => remote.listen(0, '127.0.0.1', done));
		try {
			const base = `http://127.0.0.1:${(remote.address() as AddressInfo).port}`;
			await fetchRemoteActor(db, `${base}/users/sig`, true);
			const ours = (await localActor(db, { kind: 'organisation' }))!;
			const parsed = parseRequestSignature(
				{ method: 'GET', url: path, headers: headers as Record<string, string> },
				{ requiredComponents: { draft: SIGNED_GET_COMPONENTS } }
			);
			expect(parsed.version).toBe('draft');
			if (parsed.version !== 'draft') return;
			expect(parsed.value.keyId).toBe(`${origin}/ap/actors/organisation.blog#main-key`);
			expect(await verifyDraftSignature(parsed.value, ours.publicKeyPem)).toBe(true);
			expect(headers.accept).toContain('application/activity+json');
		} finally {
			remote.close();
		}
	});
});
