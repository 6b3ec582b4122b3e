/**
 * Federation between two real Plenary servers on this machine (A and B, each with its own
 * database), plus a third, minimal remote actor played by the test itself for what Plenary does
 * not do on its own (replying to a post): B's organisation blog follows A's, A accepts with a
 * signed Accept, A publishes and B receives the post; a remote reply becomes a reply under A's
 * post and its Delete removes it; B follows a member's blog on A (found by its page's address),
 * and a post A's member deletes, then the blog they turn off, leave B (the actor answers 410
 * after); every malformed inbox request gets its problem document.
 */
import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server as HttpServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedPostHeaders } from '../../src/lib/server/federation/signatures';
import { DEMO_EMAIL } from '../../src/lib/server/seed/demo-people';
import { action, logIn } from './support/members';
import { freshPostgres, postgresAvailable } from './support/postgres';
import { freePort, startServer, type Server } from './support/server';

const available = await postgresAvailable();
const folders: string[] = [];
const servers: Server[] = [];
const databases: Awaited<ReturnType<typeof freshPostgres>>[] = [];
let remote: HttpServer | undefined;

afterAll(async () => {
	for (const s of servers)
		if (s.process.exitCode === null) process.kill(-s.process.pid!, 'SIGKILL');
	remote?.close();
	for (const d of databases) await d.drop();
	for (const f of folders) rmSync(f, { recursive: true, force: true });
});

async function instance() {
	const database = await freshPostgres();
	databases.push(database);
	const dataDir = mkdtempSync(join(tmpdir(), 'plenary-federation-'));
	folders.push(dataDir);
	const server = await startServer({
		port: await freePort(),
		dataDir,
		databaseUrl: database.url,
		// Both servers are on 127.0.0.1: fetching a loopback address is allowed for this test only.
		env: { PLENARY_FEDERATION_PRIVATE_NETWORKS: 'allow' }
	});
	servers.push(server);
	return { server, url: server.url, db: database.url };
}

async function query<T>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		return (await client.query(text, values)).rows as T[];
	} finally {
		await client.end();
	}
}

async function eventually<T>(what: string, read: () => Promise<T | null | undefined | false>) {
	const deadline = Date.now() + 30_000;
	for (;;) {
		const value = await read();
		if (value) return value;
		if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 250));
	}
}

/**
 * The demo account, made a facilitator of the organisation (the mandate whose rights include
 * writing for the organisation blog, and so following from it).
 */
async function facilitator(db: string): Promise<string> {
	await query(
		db,
		`insert into mandates (member_id, role, scope_kind)
		select id, 'facilitator', 'organisation' from members where email = $1`,
		[DEMO_EMAIL]
	);
	return DEMO_EMAIL;
}

/** The test's own remote actor: a key pair, an actor document and an inbox that keeps what comes. */
async function remoteActor() {
	const { publicKey, privateKey } = generateKeyPairSync('rsa', {
		modulusLength: 2048,
		publicKeyEncoding: { type: 'spki', format: 'pem' },
		privateKeyEncoding: { type: 'pkcs8', format: 'pem' }
	});
	const port = await freePort();
	const base = `http://127.0.0.1:${port}`;
	const id = `${base}/actor`;
	remote = createServer((req, res) => {
		if (req.method === 'GET' && req.url === '/actor') {
			res.setHeader('content-type', 'application/activity+json');
			res.end(
				JSON.stringify({
					'@context': ['https://www.w3.org/ns/activitystreams'],
					id,
					type: 'Person',
					preferredUsername: 'tester',
					name: 'Remote Tester',
					url: `${base}/@tester`,
					inbox: `${base}/inbox`,
					publicKey: { id: `${id}#main-key`, owner: id, publicKeyPem: publicKey }
				})
			);
			return;
		}
		res.statusCode = req.method === 'POST' ? 202 : 404;
		res.end();
	});
	await new Promise<void>((resolve) => remote!.listen(port, '127.0.0.1', resolve));
	return { id, base, key: { keyId: `${id}#main-key`, privateKeyPem: privateKey } };
}

describe.skipIf(!available)('federation between two servers', () => {
	let a: Awaited<ReturnType<typeof instance>>;
	let b: Awaited<ReturnType<typeof instance>>;
	let postId = 0;

	beforeAll(async () => {
		[a, b] = await Promise.all([instance(), instance()]);
	});

	it('answers WebFinger for the organisation blog, and nothing for a member who has not opted in', async () => {
		const host = new URL(a.url).host;
		const found = await fetch(
			`${a.url}/.well-known/webfinger?resource=acct:organisation.blog@${host}`
		);
		expect(found.status).toBe(200);
		const jrd = await found.json();
		const self = jrd.links.find((l: { rel: string }) => l.rel === 'self');
		expect(self.href).toBe(`${a.url}/ap/actors/organisation.blog`);
		const actor = await (
			await fetch(self.href, { headers: { accept: 'application/activity+json' } })
		).json();
		expect(actor.type).toBe('Organization');
		expect(actor.publicKey.publicKeyPem).toMatch(/BEGIN PUBLIC KEY/);
		const [member] = await query<{ handle: string }>(a.db, 'select handle from members limit 1');
		const hidden = await fetch(
			`${a.url}/.well-known/webfinger?resource=acct:${member.handle}@${host}`
		);
		expect(hidden.status).toBe(404);
		expect((await fetch(`${a.url}/ap/actors/${member.handle}`)).status).toBe(404);
	});

	it('B follows A, A publishes, B receives the post', async () => {
		const operatorB = (await logIn(b.url, await facilitator(b.db)))!;
		const follow = await action(b.url, '/settings/federation?/follow', operatorB.cookie, {
			target: `organisation.blog@${new URL(a.url).host}`
		});
		expect(follow.acknowledged, `${follow.response.status} ${follow.type}`).toBe(true);
		// A accepted with a signed Accept, which B checked against A's key.
		await eventually('the Accept', async () => {
			const rows = await query<{ state: string }>(
				b.db,
				`select state from federation_follows where direction = 'following'`
			);
			return rows[0]?.state === 'accepted';
		});
		const followers = await (await fetch(`${a.url}/ap/actors/organisation.blog/followers`)).json();
		expect(followers.totalItems).toBe(1);
		expect(followers.orderedItems).toBeUndefined();

		const operatorA = (await logIn(a.url, await facilitator(a.db)))!;
		const posted = await action(a.url, '/blog/new', operatorA.cookie, {
			title: 'Federated news',
			body: 'Hello from **A**.',
			language: 'en',
			tags: '',
			visibility: 'public',
			kind: 'organisation',
			publish: 'true'
		});
		expect(posted.acknowledged).toBe(true);
		const [row] = await query<{ id: string }>(
			a.db,
			`select id from posts where title = 'Federated news'`
		);
		postId = Number(row.id);
		const received = await eventually('the post on B', async () => {
			const rows = await query<{ text: string; url: string }>(
				b.db,
				'select text, url from federation_received_posts where object_id = $1',
				[`${a.url}/ap/posts/${postId}`]
			);
			return rows[0];
		});
		expect(received.text).toBe('Hello from A.');
		expect(received.url).toMatch(new RegExp(`^${a.url}/posts/${postId}-`));
		const outbox = await (
			await fetch(`${a.url}/ap/actors/organisation.blog/outbox?page=true`)
		).json();
		expect(outbox.orderedItems.map((i: { object: { id: string } }) => i.object.id)).toContain(
			`${a.url}/ap/posts/${postId}`
		);
	});

	it('a remote reply appears under the post, and its Delete removes it', async () => {
		const tester = await remoteActor();
		const inbox = `${a.url}/ap/inbox`;
		const send = async (activity: object) => {
			const body = JSON.stringify(activity);
			return fetch(inbox, {
				method: 'POST',
				headers: await signedPostHeaders(inbox, body, tester.key),
				body
			});
		};
		const note = `${tester.base}/notes/1`;
		const created = await send({
			id: `${note}/activity`,
			type: 'Create',
			actor: tester.id,
			object: {
				id: note,
				type: 'Note',
				content: '<p>Replying &amp; <script>agreeing</script></p>',
				inReplyTo: `${a.url}/ap/posts/${postId}`,
				url: `${tester.base}/@tester/1`
			}
		});
		expect(created.status).toBe(202);
		const page = await (await fetch(`${a.url}/posts/${postId}`)).text();
		expect(page).toContain('Remote Tester');
		expect(page).toContain('Replying &amp; agreeing');
		expect(page).not.toContain('<script>agreeing');

		const removed = await send({
			id: `${note}/delete`,
			type: 'Delete',
			actor: tester.id,
			object: note
		});
		expect(removed.status).toBe(202);
		expect(await (await fetch(`${a.url}/posts/${postId}`)).text()).not.toContain('Remote Tester');
	});

	it('a member’s blog followed from B: a deleted post leaves B; the blog turned off leaves B and answers 410 to its refetch', async () => {
		const member = (await logIn(a.url, DEMO_EMAIL))!;
		const [{ handle }] = await query<{ handle: string }>(
			a.db,
			'select handle from members where email = $1',
			[DEMO_EMAIL]
		);
		const optIn = await action(a.url, '/settings/federation?/blog', member.cookie, {
			enabled: 'on'
		});
		expect(optIn.acknowledged).toBe(true);
		const actorUri = `${a.url}/ap/actors/${handle}`;
		// The blog's page, asked for ActivityPub JSON, sends to its actor; a browser gets the page.
		const asked = await fetch(`${a.url}/@${handle}`, {
			redirect: 'manual',
			headers: { accept: 'application/activity+json' }
		});
		expect(asked.status).toBe(302);
		expect(asked.headers.get('location')).toBe(actorUri);
		const followed = await fetch(`${a.url}/@${handle}`, {
			headers: { accept: 'application/activity+json' }
		});
		expect((await followed.json()).id).toBe(actorUri);
		const page = await fetch(`${a.url}/@${handle}`, { headers: { accept: 'text/html' } });
		expect(page.headers.get('content-type')).toMatch(/^text\/html/);

		const operatorB = (await logIn(b.url, DEMO_EMAIL))!;
		const follow = await action(b.url, '/settings/federation?/follow', operatorB.cookie, {
			target: `${handle}@${new URL(a.url).host}`
		});
		expect(follow.acknowledged).toBe(true);
		await eventually('the Accept of the blog', async () => {
			const rows = await query<{ state: string }>(
				b.db,
				`select f.state from federation_follows f
				join federation_remote_actors r on r.id = f.remote_actor_id where r.uri = $1`,
				[actorUri]
			);
			return rows[0]?.state === 'accepted';
		});

		const posted = await action(a.url, '/blog/new', member.cookie, {
			title: 'Soon withdrawn',
			body: 'Read it while it lasts.',
			language: 'en',
			tags: '',
			visibility: 'public',
			kind: 'blog',
			publish: 'true'
		});
		expect(posted.acknowledged).toBe(true);
		const [row] = await query<{ id: string }>(
			a.db,
			`select id from posts where title = 'Soon withdrawn'`
		);
		const objectId = `${a.url}/ap/posts/${row.id}`;
		const copies = () =>
			query<{ id: string }>(b.db, 'select id from federation_received_posts where object_id = $1', [
				objectId
			]);
		await eventually('the post on B', async () => (await copies()).length === 1);

		// The author deletes it: A sends a Delete, and B drops its copy.
		const deleted = await action(a.url, `/posts/${row.id}/delete`, member.cookie, {});
		expect(deleted.acknowledged).toBe(true);
		// Gone for good, not unknown: B (or anyone) asking again is told so.
		expect((await fetch(objectId)).status).toBe(410);
		await eventually('the copy gone from B', async () => (await copies()).length === 0);

		// The member turns federation off: A sends a Delete of the actor, and B forgets it.
		const optOut = await action(a.url, '/settings/federation?/blog', member.cookie, {});
		expect(optOut.acknowledged).toBe(true);
		await eventually('the actor gone from B', async () => {
			const rows = await query(b.db, 'select id from federation_remote_actors where uri = $1', [
				actorUri
			]);
			return rows.length === 0;
		});
		const gone = await fetch(actorUri, { headers: { accept: 'application/activity+json' } });
		expect(gone.status).toBe(410);
		expect(await gone.json()).toMatchObject({ id: actorUri, type: 'Tombstone' });
		// B asking again (following by the actor's address) meets the 410 and follows nothing.
		const again = await action(b.url, '/settings/federation?/follow', operatorB.cookie, {
			target: actorUri
		});
		expect(again.acknowledged).toBe(false);
		expect(
			await query(b.db, 'select id from federation_remote_actors where uri = $1', [actorUri])
		).toEqual([]);
	});

	it('refuses unsigned, badly signed, stale, oversized and mistyped inbox requests with problem details', async () => {
		const tester = await remoteActor();
		const inbox = `${a.url}/ap/inbox`;
		const activity = JSON.stringify({
			id: `${tester.base}/follow/1`,
			type: 'Follow',
			actor: tester.id,
			object: `${a.url}/ap/actors/organisation.blog`
		});
		const problem = async (response: Response) => ({
			status: response.status,
			type: response.headers.get('content-type'),
			kind: ((await response.json()) as { type: string }).type.split('/').pop()
		});
		const signed = await signedPostHeaders(inbox, activity, tester.key);
		const cases: [string, RequestInit, number, string][] = [
			[
				'unsigned',
				{ headers: { 'content-type': 'application/activity+json' }, body: activity },
				401,
				'unsigned'
			],
			[
				'a form',
				{ headers: { 'content-type': 'text/html' }, body: '<p>hello</p>' },
				415,
				'unsupported-media-type'
			],
			['too large', { headers: signed, body: 'x'.repeat(300_000) }, 413, 'body-too-large'],
			[
				'another body than signed',
				{ headers: signed, body: activity.replace('Follow', 'Undo') },
				401,
				'digest'
			],
			[
				'stale',
				{
					headers: await signedPostHeaders(
						inbox,
						activity,
						tester.key,
						new Date(Date.now() - 3 * 3600_000)
					),
					body: activity
				},
				401,
				'stale'
			],
			[
				'signed by someone else',
				{
					headers: {
						...signed,
						signature: signed.signature.replace(/signature="[^"]+"/, 'signature="AAAA"')
					},
					body: activity
				},
				401,
				'bad-signature'
			]
		];
		for (const [what, init, status, kind] of cases) {
			const answer = await problem(await fetch(inbox, { method: 'POST', ...init }));
			expect({ what, ...answer }).toEqual({
				what,
				status,
				type: 'application/problem+json; charset=utf-8',
				kind
			});
		}
		const unknown = await fetch(`${a.url}/ap/actors/chapter.nowhere/inbox`, {
			method: 'POST',
			headers: signed,
			body: activity
		});
		expect(unknown.status).toBe(404);
		// Nothing refused changed anything: A's organisation blog still has B alone as follower.
		const followers = await (await fetch(`${a.url}/ap/actors/organisation.blog/followers`)).json();
		expect(followers.totalItems).toBe(1);
	});
});
