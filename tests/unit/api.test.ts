/**
 * The JSON API through its typed client (tests/api/client.ts), against the real handlers on a real
 * database: every operation for each role (a visitor, a member of Recife, a member of another
 * chapter, a lapsed member), what each token scope allows and refuses, tokens that stop working,
 * problem details for every kind of bad request, ETags, the per-token limit, and privacy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import '$lib/server/commentables';
import type { Db, Connection } from '$lib/server/db/client';
import { createTestDatabase } from '$lib/server/db/testing';
import { apiTokens, committees, members, projectTasks } from '$lib/server/db/schema';
import { profileByHandle } from '$lib/server/members/queries';
import { createApiToken, revokeApiToken, tokenList } from '$lib/server/api/tokens';
import { loadActor } from '$lib/server/members/actor';
import { forgetPerMemberLimits, PER_MEMBER_KEY } from '$lib/server/limits';
import { hashToken } from '$lib/server/accounts/tokens';
import type { Actor } from '$lib/domain/members/actor';
import { apiClient, dispatch, ORIGIN } from '../api/client';
import { buildWorld, type World } from '../authorisation/world';

let conn: Connection;
let db: Db;
let world: World;
const token: Record<string, string> = {};
let lapsedActor: Actor;

const f = (name: string) => world.fixtures[name];
const num = (name: string) => Number(f(name));

async function tokenFor(actor: Actor, scopes: string[], expiresInDays = '') {
	return (await createApiToken(db, actor, { name: scopes.join('+'), scopes, expiresInDays }))
		.secret;
}

beforeAll(async () => {
	conn = await createTestDatabase();
	db = conn.db;
	world = await buildWorld(db);
	const all = ['read', 'write', 'vote'];
	token.member = await tokenFor(world.who.member.actor!, all);
	token.outsider = await tokenFor(world.who.outsider.actor!, all);
	token.author = await tokenFor(world.who.author.actor!, all);
	token.read = await tokenFor(world.who.member.actor!, ['read']);
	token.write = await tokenFor(world.who.member.actor!, ['write']);
	token.vote = await tokenFor(world.who.member.actor!, ['vote']);
	// A lapsed member of Recife: their token worked before they lapsed.
	const [lapsed] = await db
		.insert(members)
		.values({
			email: 'lapsed@example.net',
			passwordHash: '!',
			handle: 'lapsed',
			displayName: 'Lapsed',
			country: 'BR',
			tier: 'member',
			emailVerifiedAt: new Date()
		})
		.returning({ id: members.id });
	lapsedActor = (await loadActor(db, lapsed.id))!;
	token.lapsed = await tokenFor(lapsedActor, all);
	await db.update(members).set({ lapsedAt: new Date() }).where(eq(members.id, lapsed.id));
}, 120_000);
afterAll(() => conn?.close());

const ROLES = ['visitor', 'member', 'outsider', 'lapsed'] as const;
const clientAs = (role: (typeof ROLES)[number]) =>
	apiClient(db, role === 'visitor' ? {} : { token: token[role] });

/** The status each role gets for one call, in ROLES order. */
async function statuses(
	call: (c: ReturnType<typeof apiClient>) => Promise<{ response: Response }>
) {
	const out: number[] = [];
	for (const role of ROLES) out.push((await call(clientAs(role))).response.status);
	return out.join(' ');
}

describe('reads, for each role', () => {
	//                                                                 visitor member outsider lapsed
	it.each([
		['the directory', (c) => c.GET('/members'), '200 200 200 401'],
		['the chapters', (c) => c.GET('/chapters'), '200 200 200 401'],
		[
			'a chapter',
			(c) => c.GET('/chapters/{slug}', { params: { path: { slug: f('chapter:home') } } }),
			'200 200 200 401'
		],
		['the glance', (c) => c.GET('/glance'), '200 200 200 401'],
		['the qualifying chapters', (c) => c.GET('/glance/qualifying'), '200 200 200 401'],
		['the posts', (c) => c.GET('/posts'), '200 200 200 401'],
		[
			'a public post',
			(c) => c.GET('/posts/{id}', { params: { path: { id: f('post-id:public') } } }),
			'200 200 200 401'
		],
		[
			'a chapter-only post',
			(c) => c.GET('/posts/{id}', { params: { path: { id: f('post-id:chapter') } } }),
			'404 200 404 401'
		],
		[
			'someone else’s draft',
			(c) => c.GET('/posts/{id}', { params: { path: { id: f('post-id:draft') } } }),
			'404 404 404 401'
		],
		[
			'a post’s comments',
			(c) => c.GET('/posts/{id}/comments', { params: { path: { id: f('post-id:public') } } }),
			'200 200 200 401'
		],
		[
			'a chapter-only post’s comments',
			(c) => c.GET('/posts/{id}/comments', { params: { path: { id: f('post-id:chapter') } } }),
			'404 200 404 401'
		],
		[
			'a forum thread',
			(c) => c.GET('/threads/{id}', { params: { path: { id: f('thread:open') } } }),
			'200 200 200 401'
		],
		[
			'a thread’s comments',
			(c) => c.GET('/threads/{id}/comments', { params: { path: { id: f('thread:open') } } }),
			'200 200 200 401'
		],
		[
			'a thread that is not there',
			(c) => c.GET('/threads/{id}', { params: { path: { id: '999999' } } }),
			'404 404 404 401'
		],
		['the decisions', (c) => c.GET('/decisions'), '200 200 200 401'],
		[
			'a decision',
			(c) => c.GET('/decisions/{id}', { params: { path: { id: f('decision-id:discussion') } } }),
			'200 200 200 401'
		],
		[
			'someone else’s draft decision',
			(c) => c.GET('/decisions/{id}', { params: { path: { id: f('decision-id:draft') } } }),
			'404 404 404 401'
		],
		['the projects', (c) => c.GET('/projects'), '200 200 200 401'],
		[
			'a chapter-only project',
			(c) => c.GET('/projects/{id}', { params: { path: { id: f('project-id:private') } } }),
			'404 200 404 401'
		],
		['the elections', (c) => c.GET('/elections'), '200 200 200 401'],
		[
			'an election',
			(c) => c.GET('/elections/{id}', { params: { path: { id: f('election-id:nominations') } } }),
			'200 200 200 401'
		],
		// A member who chose not to be listed has a page for members only, as /@handle.
		[
			'a member’s profile',
			(c) => c.GET('/members/{handle}', { params: { path: { handle: 'author' } } }),
			'404 200 200 401'
		],
		[
			'a member who is not there',
			(c) => c.GET('/members/{handle}', { params: { path: { handle: 'nobody-here' } } }),
			'404 404 404 401'
		],
		[
			'a decision’s amendments',
			(c) =>
				c.GET('/decisions/{id}/amendments', {
					params: { path: { id: f('decision-id:discussion') } }
				}),
			'200 200 200 401'
		],
		[
			'someone else’s draft’s amendments',
			(c) =>
				c.GET('/decisions/{id}/amendments', { params: { path: { id: f('decision-id:draft') } } }),
			'404 404 404 401'
		],
		[
			'a closed decision’s results',
			(c) =>
				c.GET('/decisions/{id}/results', { params: { path: { id: f('decision-id:closed') } } }),
			'200 200 200 401'
		],
		[
			'the results of a decision in discussion',
			(c) =>
				c.GET('/decisions/{id}/results', {
					params: { path: { id: f('decision-id:discussion') } }
				}),
			'409 409 409 401'
		],
		[
			'the results of a draft',
			(c) => c.GET('/decisions/{id}/results', { params: { path: { id: f('decision-id:draft') } } }),
			'404 404 404 401'
		],
		[
			'a project’s tasks',
			(c) => c.GET('/projects/{id}/tasks', { params: { path: { id: f('project-id:public') } } }),
			'200 200 200 401'
		],
		[
			'a chapter-only project’s tasks',
			(c) => c.GET('/projects/{id}/tasks', { params: { path: { id: f('project-id:private') } } }),
			'404 200 404 401'
		],
		[
			'the organisation’s mandates',
			(c) => c.GET('/mandates', { params: { query: { scope: 'organisation' } } }),
			'200 200 200 401'
		],
		[
			'a chapter’s mandates',
			(c) => c.GET('/mandates', { params: { query: { scope: f('scope:home') } } }),
			'200 200 200 401'
		],
		[
			'the mandates of a chapter that is not there',
			(c) => c.GET('/mandates', { params: { query: { scope: 'chapter:999999' } } }),
			'404 404 404 401'
		],
		[
			'a chapter-only project’s mandates',
			(c) =>
				c.GET('/mandates', {
					params: { query: { scope: `project:${f('project-id:private')}` } }
				}),
			'404 200 404 401'
		]
	] as [string, (c: ReturnType<typeof apiClient>) => Promise<{ response: Response }>, string][])(
		'%s',
		async (_what, call, expected) => {
			expect(await statuses(call)).toBe(expected);
		}
	);

	it('gives the author their own draft, as their pages do', async () => {
		const { data, response } = await apiClient(db, { token: token.author }).GET('/decisions/{id}', {
			params: { path: { id: f('decision-id:draft') } }
		});
		expect(response.status).toBe(200);
		expect(data).toMatchObject({ id: num('decision-id:draft') });
	});

	it('answers a decision as a clean resource, without the page’s flags', async () => {
		const { data } = await clientAs('member').GET('/decisions/{id}', {
			params: { path: { id: f('decision-id:discussion') } }
		});
		const keys = Object.keys(data!);
		for (const flag of ['may', 'mine', 'ballot', 'canVote', 'canAmend'])
			expect(keys).not.toContain(flag);
	});
});

describe('writes, for each role, through the forms’ commands', () => {
	it('posts', async () => {
		const body = {
			title: 'From a bot',
			body: 'Hello.',
			visibility: 'public' as const,
			publish: true
		};
		expect(await statuses((c) => c.POST('/posts', { body }))).toBe('401 201 201 401');
	});

	it('comments where the member may read', async () => {
		const path = { id: f('post-id:chapter') };
		expect(
			await statuses((c) =>
				c.POST('/posts/{id}/comments', { params: { path }, body: { body: 'Yes.' } })
			)
		).toBe('401 201 404 401');
	});

	it('replies in a forum thread', async () => {
		const path = { id: f('thread:open') };
		expect(
			await statuses((c) =>
				c.POST('/threads/{id}/comments', { params: { path }, body: { body: 'Tuesdays?' } })
			)
		).toBe('401 201 201 401');
	});

	it('proposes only in a scope the member belongs to', async () => {
		const body = {
			title: 'Meet monthly',
			body: 'We meet on the first Monday.',
			scope: f('scope:home'),
			ballotType: 'motion' as const
		};
		expect(await statuses((c) => c.POST('/decisions', { body }))).toBe('401 201 400 401');
	});

	it('amends a decision in discussion', async () => {
		const path = { id: f('decision-id:discussion') };
		const body = { body: 'What we decide, better.', reason: 'Clearer.' };
		expect(
			await statuses((c) => c.POST('/decisions/{id}/amendments', { params: { path }, body }))
		).toBe('401 201 403 401');
	});

	it('votes where the member is eligible', async () => {
		const path = { id: String(world.fixtures['decision:voting']).split('-')[0] };
		expect(
			await statuses((c) =>
				c.POST('/decisions/{id}/ballot', { params: { path }, body: { vote: 'yes' } })
			)
		).toBe('401 200 403 401');
	});

	it('claims and logs effort only as a member of the project', async () => {
		const path = { id: f('project-id:public'), task: f('task:public') };
		expect(
			await statuses((c) => c.POST('/projects/{id}/tasks/{task}/claim', { params: { path } }))
		).toBe('401 403 403 401');
		expect(
			await statuses((c) =>
				c.POST('/projects/{id}/tasks/{task}/effort', {
					params: { path },
					body: { minutes: '30', intensity: '3' }
				})
			)
		).toBe('401 403 403 401');
		// The coordinator may log effort on the project's task.
		const { response } = await apiClient(db, { token: token.author }).POST(
			'/projects/{id}/tasks/{task}/effort',
			{ params: { path }, body: { minutes: '30', intensity: '3' } }
		);
		expect(response.status).toBe(201);
	});

	it('submits only one’s own draft', async () => {
		const { data: made } = await clientAs('member').POST('/decisions', {
			body: { title: 'Ours', body: 'Text.', scope: f('scope:home'), ballotType: 'motion' }
		});
		const path = { id: String(made!.id) };
		expect(
			(await clientAs('outsider').POST('/decisions/{id}/submit', { params: { path } })).response
				.status
		).toBe(404);
		expect(
			(await clientAs('member').POST('/decisions/{id}/submit', { params: { path } })).response
				.status
		).toBe(200);
	});
});

describe('token scopes', () => {
	const post = { title: 'Scoped', body: 'Text.', visibility: 'public' as const };
	const ballot = () => ({
		params: { path: { id: String(world.fixtures['decision:voting']).split('-')[0] } },
		body: { vote: 'no' as const }
	});

	it('read: reads, and nothing else', async () => {
		const c = apiClient(db, { token: token.read });
		expect((await c.GET('/posts')).response.status).toBe(200);
		const refused = await c.POST('/posts', { body: post });
		expect(refused.response.status).toBe(403);
		expect(refused.response.headers.get('www-authenticate')).toContain(
			'error="insufficient_scope"'
		);
		expect(refused.response.headers.get('www-authenticate')).toContain('scope="write"');
		expect((await c.POST('/decisions/{id}/ballot', ballot())).response.status).toBe(403);
	});

	it('write: writes, but neither reads nor votes', async () => {
		const c = apiClient(db, { token: token.write });
		expect((await c.POST('/posts', { body: post })).response.status).toBe(201);
		expect((await c.GET('/posts')).response.status).toBe(403);
		expect((await c.POST('/decisions/{id}/ballot', ballot())).response.status).toBe(403);
	});

	it('read: the profile, amendments, results, tasks and mandates; write and vote: none of them', async () => {
		const reads = (c: ReturnType<typeof apiClient>) => [
			c.GET('/members/{handle}', { params: { path: { handle: 'author' } } }),
			c.GET('/decisions/{id}/amendments', {
				params: { path: { id: f('decision-id:discussion') } }
			}),
			c.GET('/decisions/{id}/results', { params: { path: { id: f('decision-id:closed') } } }),
			c.GET('/projects/{id}/tasks', { params: { path: { id: f('project-id:public') } } }),
			c.GET('/mandates', { params: { query: { scope: f('scope:home') } } })
		];
		const statusesOf = async (secret: string) =>
			(await Promise.all(reads(apiClient(db, { token: secret })))).map((r) => r.response.status);
		expect(await statusesOf(token.read)).toEqual([200, 200, 200, 200, 200]);
		expect(await statusesOf(token.write)).toEqual([403, 403, 403, 403, 403]);
		expect(await statusesOf(token.vote)).toEqual([403, 403, 403, 403, 403]);
	});

	it('vote: votes, and nothing else', async () => {
		const c = apiClient(db, { token: token.vote });
		expect((await c.POST('/decisions/{id}/ballot', ballot())).response.status).toBe(200);
		expect((await c.POST('/posts', { body: post })).response.status).toBe(403);
		expect((await c.GET('/decisions')).response.status).toBe(403);
	});
});

describe('tokens as stored', () => {
	it('keeps only a hash of the secret, and lists the token without it', async () => {
		const member = world.who.member.actor!;
		const made = await createApiToken(db, member, { name: 'Hashed', scopes: ['read'] });
		const rows = await db.select().from(apiTokens).where(eq(apiTokens.id, made.id));
		expect(rows[0].secretHash).toBe(hashToken(made.secret));
		expect(JSON.stringify(rows)).not.toContain(made.secret);
		const listed = await tokenList(db, member.id);
		expect(JSON.stringify(listed)).not.toContain(made.secret);
		expect(listed.find((t) => t.id === made.id)).toMatchObject({
			hint: made.secret.slice(-4),
			scopes: ['read'],
			lastUsedAt: null
		});
		await apiClient(db, { token: made.secret }).GET('/glance');
		expect(
			(await tokenList(db, member.id)).find((t) => t.id === made.id)?.lastUsedAt
		).toBeInstanceOf(Date);
	});

	it('refuses bad input and another member’s token, changing nothing', async () => {
		const member = world.who.member.actor!;
		await expect(createApiToken(db, member, { name: '', scopes: ['admin'] })).rejects.toMatchObject(
			{
				fields: { name: 'error_required', scopes: 'error_invalid_value' }
			}
		);
		const theirs = await createApiToken(db, world.who.outsider.actor!, {
			name: 'Theirs',
			scopes: ['read']
		});
		await expect(revokeApiToken(db, member, theirs.id)).rejects.toMatchObject({ status: 404 });
		expect((await apiClient(db, { token: theirs.secret }).GET('/glance')).response.status).toBe(
			200
		);
	});
});

describe('tokens that do not work', () => {
	async function refusal(c: ReturnType<typeof apiClient>) {
		const { response, error } = await c.GET('/decisions');
		return { status: response.status, auth: response.headers.get('www-authenticate'), error };
	}

	it('a revoked, an expired, a garbled and a made-up token are 401 with WWW-Authenticate', async () => {
		const member = world.who.member.actor!;
		const revoked = await tokenFor(member, ['read']);
		const [row] = await db
			.select({ id: apiTokens.id })
			.from(apiTokens)
			.where(eq(apiTokens.secretHash, hashToken(revoked)));
		await revokeApiToken(db, member, row.id);
		const expired = await tokenFor(member, ['read'], '7');
		await db
			.update(apiTokens)
			.set({ expiresAt: sql`now() - interval '1 second'` })
			.where(eq(apiTokens.secretHash, hashToken(expired)));
		for (const [secret, detail] of [
			[revoked, 'revoked'],
			[expired, 'expired'],
			['nonsense', 'not a token of this site'],
			[`plenary_${'A'.repeat(43)}`, 'not known']
		]) {
			const got = await refusal(apiClient(db, { token: secret }));
			expect(got.status).toBe(401);
			expect(got.auth).toContain('error="invalid_token"');
			expect(got.error?.detail).toContain(detail);
		}
	});

	it('a lapsed member’s token stops working, and says why', async () => {
		const got = await refusal(clientAs('lapsed'));
		expect(got.status).toBe(401);
		expect(got.error?.detail).toMatch(/lapsed/);
	});

	it('a deleted member’s token stops working', async () => {
		const [gone] = await db
			.insert(members)
			.values({
				email: 'gone@example.net',
				passwordHash: '!',
				handle: 'gone',
				displayName: 'Gone',
				country: 'BR',
				tier: 'member',
				emailVerifiedAt: new Date()
			})
			.returning({ id: members.id });
		const secret = await tokenFor((await loadActor(db, gone.id))!, ['read']);
		expect((await refusal(apiClient(db, { token: secret }))).status).toBe(200);
		await db.update(members).set({ deletedAt: new Date() }).where(eq(members.id, gone.id));
		expect((await refusal(apiClient(db, { token: secret }))).status).toBe(401);
	});

	it('a scheme other than Bearer is 401 invalid_request', async () => {
		const response = await dispatch(
			db,
			new Request(`${ORIGIN}/api/v1/decisions`, {
				headers: { authorization: `Basic ${token.member}` }
			}),
			null
		);
		expect(response.status).toBe(401);
		expect(response.headers.get('www-authenticate')).toContain('invalid_request');
	});

	it('a browser session reads as its member but never writes through the API', async () => {
		const session = apiClient(db, { session: world.who.member.actor! });
		const path = { id: f('post-id:chapter') };
		expect((await session.GET('/posts/{id}', { params: { path } })).response.status).toBe(200);
		const write = await session.POST('/posts', {
			body: { title: 'Through a cookie', body: 'No.', visibility: 'public' }
		});
		expect(write.response.status).toBe(401);
		expect(write.response.headers.get('www-authenticate')).toBe('Bearer realm="api"');
	});
});

describe('problem details', () => {
	async function send(body: BodyInit, headers: Record<string, string>) {
		const response = await dispatch(
			db,
			new Request(`${ORIGIN}/api/v1/posts`, {
				method: 'POST',
				body,
				headers: { authorization: `Bearer ${token.member}`, 'accept-language': 'en', ...headers }
			}),
			null
		);
		return {
			status: response.status,
			type: response.headers.get('content-type'),
			body: await response.json()
		};
	}
	const json = { 'content-type': 'application/json' };

	it.each([
		[
			'a form body',
			'title=x',
			{ 'content-type': 'application/x-www-form-urlencoded' },
			415,
			'unsupported-media-type'
		],
		['no content type', '{}', {}, 415, 'unsupported-media-type'],
		['malformed JSON', '{"title":', json, 400, 'malformed-json'],
		['a JSON array', '[]', json, 400, 'malformed-json'],
		[
			'a body over the limit',
			JSON.stringify({ body: 'x'.repeat(600 * 1024) }),
			json,
			413,
			'body-too-large'
		],
		[
			'a NUL character',
			JSON.stringify({ title: 'a\u0000b', body: 'b', visibility: 'public' }),
			json,
			400,
			'bad-request'
		]
	] as [string, string, Record<string, string>, number, string][])(
		'%s',
		async (_what, body, headers, status, kind) => {
			const got = await send(body, headers);
			expect(got.status).toBe(status);
			expect(got.type).toMatch(/^application\/problem\+json/);
			expect(got.body).toMatchObject({ status, type: `${ORIGIN}/developers#problem-${kind}` });
			expect(typeof got.body.title).toBe('string');
			expect(typeof got.body.detail).toBe('string');
		}
	);

	it('answers a cross-site form post 415 as problem details, token or none, before anything else', async () => {
		const post = (
			where: string,
			body: string,
			type: string,
			headers: Record<string, string> = {}
		) =>
			dispatch(
				db,
				new Request(`${ORIGIN}/api/v1${where}`, {
					method: 'POST',
					body,
					headers: {
						origin: 'https://elsewhere.example',
						'content-type': type,
						'accept-language': 'en',
						...headers
					}
				}),
				// The browser's session cookie comes along, as it would from another site's form.
				world.who.member.actor
			);
		const task = `/projects/${f('project-id:public')}/tasks/${f('task:public')}/claim`;
		for (const [where, type, headers] of [
			['/posts', 'text/plain', {}],
			['/posts', 'text/plain;charset=UTF-8', { authorization: `Bearer ${token.member}` }],
			['/posts', 'multipart/form-data; boundary=x', {}],
			[task, 'text/plain', {}],
			[`/decisions/${f('decision-id:discussion')}/ballot`, 'application/x-www-form-urlencoded', {}]
		] as [string, string, Record<string, string>][]) {
			const response = await post(where, 'vote=yes', type, headers);
			expect(response.status, `${where} ${type}`).toBe(415);
			expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
			expect((await response.json()).type).toBe(
				`${ORIGIN}/developers#problem-unsupported-media-type`
			);
		}
	});

	it('answers a NUL character in the address 400 as problem details', async () => {
		const response = await dispatch(
			db,
			new Request(`${ORIGIN}/api/v1/members?q=a%00b`, { headers: { 'accept-language': 'en' } }),
			null
		);
		expect(response.status).toBe(400);
		expect((await response.json()).type).toBe(`${ORIGIN}/developers#problem-bad-request`);
	});

	it('names unknown fields, and bad values, field by field', async () => {
		const unknown = await send(
			JSON.stringify({ title: 'T', body: 'B', visibility: 'public', colour: 'red' }),
			json
		);
		expect(unknown.status).toBe(400);
		expect(unknown.body.errors).toEqual({ colour: 'Not a field of this call.' });
		const bad = await send(JSON.stringify({ title: '', body: 'B', visibility: 'nobody' }), json);
		expect(bad.status).toBe(400);
		expect(Object.keys(bad.body.errors).sort()).toEqual(['title', 'visibility']);
	});

	it('refuses an unknown query parameter, and a malformed cursor', async () => {
		const c = clientAs('member');
		const odd = await c.GET('/posts', { params: { query: { colour: 'red' } as never } });
		expect(odd.response.status).toBe(400);
		expect(odd.error).toMatchObject({ errors: { colour: expect.any(String) } });
		const cursor = await c.GET('/posts', { params: { query: { cursor: 'yesterday' } } });
		expect(cursor.response.status).toBe(400);
	});

	it('pages the chapters and the qualifying chapters, and refuses a malformed cursor', async () => {
		const c = clientAs('member');
		const chapters = await c.GET('/chapters');
		expect(chapters.response.status).toBe(200);
		expect(chapters.data!.chapters.length).toBeGreaterThan(0);
		expect(chapters.data!.chapters.length).toBeLessThanOrEqual(100);
		expect(chapters.data!.chapters[0]).not.toHaveProperty('children');
		expect(chapters.data!.next).toBeNull();
		const last = String(chapters.data!.chapters.at(-1)!.id);
		const after = await c.GET('/chapters', { params: { query: { cursor: last } } });
		expect(after.data).toMatchObject({ chapters: [], next: null });
		const glance = await c.GET('/glance');
		expect(glance.data!.readiness).not.toHaveProperty('qualifying');
		const qualifying = await c.GET('/glance/qualifying');
		expect(qualifying.data).toMatchObject({ chapters: expect.any(Array), next: null });
		for (const where of ['/chapters', '/glance/qualifying'] as const)
			for (const cursor of ['yesterday', '0', '-1', '1'.repeat(16)]) {
				const bad = await c.GET(where, { params: { query: { cursor } } });
				expect(bad.response.status, `${where} ${cursor}`).toBe(400);
				expect(bad.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
			}
	});

	it('refuses a project status that does not exist, rather than listing every project', async () => {
		const c = clientAs('member');
		const bad = await c.GET('/projects', { params: { query: { status: 'sleeping' as never } } });
		expect(bad.response.status).toBe(400);
		expect(bad.error).toMatchObject({ errors: { status: expect.any(String) } });
		const good = await c.GET('/projects', { params: { query: { status: 'active' } } });
		expect(good.response.status).toBe(200);
	});

	it('speaks the language of Accept-Language', async () => {
		const { error } = await apiClient(db, { token: token.read, language: 'fr' }).POST('/posts', {
			body: { title: 'T', body: 'B', visibility: 'public' }
		});
		expect(error).toMatchObject({ title: 'Portée insuffisante pour cet appel' });
	});

	it('answers an address that is no call 404, and a method a call does not take 405 with Allow', async () => {
		const ask = (method: string, where: string) =>
			dispatch(db, new Request(`${ORIGIN}/api/v1${where}`, { method }), null);
		const none = await ask('GET', '/nothing/here');
		expect(none.status).toBe(404);
		expect(none.headers.get('content-type')).toMatch(/^application\/problem\+json/);
		const wrong = await ask('DELETE', `/decisions/${f('decision-id:discussion')}`);
		expect(wrong.status).toBe(405);
		expect(wrong.headers.get('allow')).toBe('GET, HEAD');
		expect((await wrong.json()).type).toBe(`${ORIGIN}/developers#problem-method-not-allowed`);
		expect((await ask('PUT', '/posts')).headers.get('allow')).toBe('GET, POST, HEAD');
		expect((await ask('POST', '/openapi.json')).status).toBe(405);
	});

	it('answers a missing thing 404, never 500', async () => {
		const c = clientAs('member');
		for (const id of ['999999', 'nonsense', '1234567890123456789'])
			expect((await c.GET('/decisions/{id}', { params: { path: { id } } })).response.status).toBe(
				404
			);
	});
});

describe('ETags', () => {
	it('answers 304 while nothing the caller sees has changed, then 200 with a new tag', async () => {
		const c = clientAs('member');
		const path = { id: f('post-id:public') };
		const first = await c.GET('/posts/{id}/comments', { params: { path } });
		const tag = first.response.headers.get('etag')!;
		expect(tag).toMatch(/^"[\w-]+"$/);
		const again = await c.GET('/posts/{id}/comments', {
			params: { path, header: { 'if-none-match': tag } as never }
		});
		expect(again.response.status).toBe(304);
		await c.POST('/posts/{id}/comments', { params: { path }, body: { body: 'A new one.' } });
		const changed = await c.GET('/posts/{id}/comments', {
			params: { path },
			headers: { 'if-none-match': tag }
		});
		expect(changed.response.status).toBe(200);
		expect(changed.response.headers.get('etag')).not.toBe(tag);
	});
});

describe('amendments, results, tasks and mandates', () => {
	it('lists a decision’s amendments with their text, and votes only once put to a vote', async () => {
		const path = { id: f('decision-id:discussion') };
		const body = { body: 'What we decide, in fewer words.', reason: 'Shorter.' };
		const made = await apiClient(db, { token: token.author }).POST('/decisions/{id}/amendments', {
			params: { path },
			body
		});
		expect(made.response.status).toBe(201);
		const { data } = await clientAs('visitor').GET('/decisions/{id}/amendments', {
			params: { path }
		});
		expect(data!.decision).toMatchObject({ id: num('decision-id:discussion'), version: 1 });
		const mine = data!.amendments.find((a) => a.id === made.data!.id)!;
		expect(mine).toMatchObject({
			status: 'open',
			body: body.body,
			reason: body.reason,
			baseVersion: 1,
			votes: null,
			author: { handle: 'author' }
		});
		expect(mine.changes.added).toBeGreaterThan(0);
	});

	it('gives a closed decision’s result as results.csv does, and 409 as problem details before', async () => {
		const { data } = await clientAs('visitor').GET('/decisions/{id}/results', {
			params: { path: { id: f('decision-id:closed') } }
		});
		expect(data).toMatchObject({
			id: num('decision-id:closed'),
			outcome: 'no-quorum',
			turnout: { ballots: 0 },
			raw: { method: 'threshold' },
			files: { csv: expect.stringMatching(/\/results\.csv$/) }
		});
		const counted = data!.figures.find((r) => r.measure === 'ballots-counted');
		expect(counted).toMatchObject({ count: 'raw', value: 0, exact: '0' });
		// Equal weights: no weighted rows, as in the file.
		expect(data!.figures.every((r) => r.count === 'raw')).toBe(true);
		const early = await clientAs('member').GET('/decisions/{id}/results', {
			params: { path: { id: f('decision-id:discussion') } }
		});
		expect(early.response.status).toBe(409);
		expect(early.error).toMatchObject({ type: `${ORIGIN}/developers#problem-conflict` });
	});

	it('pages a project’s tasks oldest first, filters them by status, and refuses a bad position', async () => {
		const projectId = num('project-id:public');
		await db.insert(projectTasks).values(
			Array.from({ length: 52 }, (_, i) => ({
				projectId,
				title: `Sort seeds, box ${i + 1}`,
				estimateMinutes: 20,
				createdBy: world.who.author.actor!.id,
				status: i < 2 ? ('done' as const) : ('open' as const)
			}))
		);
		const c = clientAs('visitor');
		const path = { id: String(projectId) };
		const first = await c.GET('/projects/{id}/tasks', { params: { path } });
		expect(first.data!.tasks).toHaveLength(50);
		expect(first.data!.next).toBe(first.data!.tasks[49].id);
		const second = await c.GET('/projects/{id}/tasks', {
			params: { path, query: { after: String(first.data!.next) } }
		});
		expect(second.data!.next).toBeNull();
		const ids = [...first.data!.tasks, ...second.data!.tasks].map((t) => t.id);
		expect(ids).toEqual([...ids].sort((a, b) => a - b));
		expect(new Set(ids).size).toBe(53);
		const done = await c.GET('/projects/{id}/tasks', {
			params: { path, query: { status: 'done' } }
		});
		expect(done.data!.tasks.map((t) => t.status)).toEqual(['done', 'done']);
		const bad = await c.GET('/projects/{id}/tasks', { params: { path, query: { after: 'x' } } });
		expect(bad.response.status).toBe(400);
		const odd = await c.GET('/projects/{id}/tasks', {
			params: { path, query: { status: 'sleeping' as never } }
		});
		expect(odd.error).toMatchObject({ errors: { status: expect.any(String) } });
	});

	it('gives a chapter’s mandate holders with their terms and any recall under way', async () => {
		const { data } = await clientAs('visitor').GET('/mandates', {
			params: { query: { scope: f('scope:home') } }
		});
		expect(data!.scope).toMatchObject({ ref: f('scope:home'), kind: 'chapter', name: 'Recife' });
		const facilitation = data!.mandates.find((m) => m.role === 'facilitator')!;
		expect(facilitation).toMatchObject({
			id: num('mandate-id:facilitator'),
			holder: { handle: 'facilitator' },
			endsAt: null,
			election: null,
			recall: { status: 'open', signatures: 1, threshold: 100 }
		});
		const seated = await clientAs('visitor').GET('/mandates', {
			params: { query: { scope: f('scope:home'), role: 'committee-seat' } }
		});
		expect(seated.data!.mandates).toEqual([]);
	});

	it('shows a committee’s seats only where its page would', async () => {
		const [committee] = await db
			.select({ id: committees.id })
			.from(committees)
			.where(eq(committees.slug, f('committee')));
		const scope = `committee:${committee.id}`;
		const seats = (c: ReturnType<typeof apiClient>) =>
			c.GET('/mandates', { params: { query: { scope } } });
		const open = await seats(clientAs('visitor'));
		expect(open.data!.mandates.map((m) => m.holder.handle)).toEqual(['facilitator']);
		await db.update(committees).set({ public: false }).where(eq(committees.id, committee.id));
		try {
			expect((await seats(clientAs('visitor'))).response.status).toBe(404);
			expect((await seats(clientAs('member'))).response.status).toBe(404);
			const seated = apiClient(db, {
				token: await tokenFor(world.who.facilitator.actor!, ['read'])
			});
			expect((await seats(seated)).response.status).toBe(200);
		} finally {
			await db.update(committees).set({ public: true }).where(eq(committees.id, committee.id));
		}
	});

	it('refuses a scope that is no scope, naming the parameter', async () => {
		const bad = await clientAs('member').GET('/mandates', {
			params: { query: { scope: 'planet:3' } }
		});
		expect(bad.response.status).toBe(400);
		expect(bad.error).toMatchObject({ errors: { scope: expect.any(String) } });
	});

	it('answers 304 to each of these reads while nothing changed', async () => {
		const c = clientAs('member');
		type Headers = Record<string, string> | undefined;
		const calls = [
			(headers: Headers) =>
				c.GET('/members/{handle}', { params: { path: { handle: 'author' } }, headers }),
			(headers: Headers) =>
				c.GET('/decisions/{id}/amendments', {
					params: { path: { id: f('decision-id:discussion') } },
					headers
				}),
			(headers: Headers) =>
				c.GET('/decisions/{id}/results', {
					params: { path: { id: f('decision-id:closed') } },
					headers
				}),
			(headers: Headers) =>
				c.GET('/projects/{id}/tasks', {
					params: { path: { id: f('project-id:public') } },
					headers
				}),
			(headers: Headers) =>
				c.GET('/mandates', { params: { query: { scope: f('scope:home') } }, headers })
		];
		for (const call of calls) {
			const first = await call(undefined);
			expect(first.response.status).toBe(200);
			const tag = first.response.headers.get('etag')!;
			expect((await call({ 'if-none-match': tag })).response.status).toBe(304);
		}
	});
});

describe('the per-token limit', () => {
	it('answers 429 with Retry-After past the organisation’s number, per token', async () => {
		await db.execute(
			sql`insert into instance_settings (key, value) values (${PER_MEMBER_KEY}, ${JSON.stringify({ 'api-request': 3 })}::jsonb)
				on conflict (key) do update set value = excluded.value`
		);
		forgetPerMemberLimits();
		try {
			const secret = await tokenFor(world.who.member.actor!, ['read']);
			const c = apiClient(db, { token: secret });
			for (let i = 0; i < 3; i++) expect((await c.GET('/glance')).response.status).toBe(200);
			const over = await c.GET('/glance');
			expect(over.response.status).toBe(429);
			expect(Number(over.response.headers.get('retry-after'))).toBeGreaterThan(0);
			// Another token of the same member has its own window.
			const other = apiClient(db, { token: await tokenFor(world.who.member.actor!, ['read']) });
			expect((await other.GET('/glance')).response.status).toBe(200);
		} finally {
			await db.execute(sql`delete from instance_settings where key = ${PER_MEMBER_KEY}`);
			forgetPerMemberLimits();
		}
	});
});

describe('privacy', () => {
	it('lists only members who chose the directory, whoever asks', async () => {
		await db.update(members).set({ inDirectory: true }).where(eq(members.handle, 'outsider'));
		for (const role of ROLES.slice(0, 3)) {
			const { data } = await clientAs(role).GET('/members');
			const handles = data!.members.map((m) => m.handle);
			expect(handles, role).toContain('outsider');
			expect(handles, role).not.toContain('member');
		}
	});

	it('never says whom a project’s coordination is offered to', async () => {
		const id = num('project-id:public');
		await db.execute(
			sql`update projects set coordination_offered_to = ${world.who.member.actor!.id} where id = ${id}`
		);
		try {
			for (const role of ROLES.slice(0, 3)) {
				const { data } = await clientAs(role).GET('/projects/{id}', {
					params: { path: { id: String(id) } }
				});
				const project = data!.project;
				expect(project.id, role).toBe(id);
				expect(project, role).not.toHaveProperty('coordinationOfferedTo');
			}
		} finally {
			await db.execute(sql`update projects set coordination_offered_to = null where id = ${id}`);
		}
	});

	it('shows a member’s profile to each caller exactly as their page does, and never their address', async () => {
		await db
			.update(members)
			.set({ displayName: 'Bea Holder', showFullName: false, inDirectory: false, city: 'Olinda' })
			.where(eq(members.handle, 'facilitator'));
		const profile = (role: (typeof ROLES)[number], handle = 'facilitator') =>
			clientAs(role).GET('/members/{handle}', { params: { path: { handle } } });
		// Not listed: no page for a visitor, however the name is written.
		expect((await profile('visitor')).response.status).toBe(404);
		expect((await profile('visitor', 'FACILITATOR')).response.status).toBe(404);
		await db.update(members).set({ inDirectory: true }).where(eq(members.handle, 'facilitator'));
		const actors = {
			visitor: null,
			member: world.who.member.actor,
			outsider: world.who.outsider.actor
		};
		for (const role of ['visitor', 'member', 'outsider'] as const) {
			const { data } = await profile(role);
			const page = await profileByHandle(db, actors[role], 'facilitator');
			// What the page shows this caller, field by field, and nothing it does not.
			expect(data, role).toEqual({
				handle: page.handle,
				name: page.displayName,
				country: page.country,
				city: page.city,
				languages: page.languages,
				bio: page.bio,
				tier: page.tier,
				memberSince: page.createdAt.toISOString(),
				avatar: page.avatar && ORIGIN + page.avatar,
				url: `${ORIGIN}/@facilitator`
			});
			expect(JSON.stringify(data), role).not.toContain('@example.net');
		}
		// A visitor gets the short name the member chose; members, the full one (as on the page).
		expect((await profile('visitor')).data!.name).toBe('Bea H.');
		expect((await profile('outsider')).data!.name).toBe('Bea Holder');
		// Their own token does not add their address either.
		const own = apiClient(db, { token: await tokenFor(world.who.facilitator.actor!, ['read']) });
		const mine = await own.GET('/members/{handle}', {
			params: { path: { handle: 'facilitator' } }
		});
		expect(JSON.stringify(mine.data)).not.toContain('@example.net');
	});

	it('names a task’s assignee only as the project page would', async () => {
		const taskId = num('task:public');
		await db
			.update(projectTasks)
			.set({ status: 'claimed', assigneeId: world.who.member.actor!.id })
			.where(eq(projectTasks.id, taskId));
		await db.update(members).set({ inDirectory: false }).where(eq(members.handle, 'member'));
		try {
			const assignee = async (c: ReturnType<typeof apiClient>) =>
				(
					await c.GET('/projects/{id}/tasks', {
						params: { path: { id: f('project-id:public') } }
					})
				).data!.tasks.find((t) => t.id === taskId)!.assignee;
			// Not listed, and not one of the project's members: unnamed.
			expect(await assignee(clientAs('visitor'))).toEqual({ handle: null, name: null });
			expect(await assignee(clientAs('outsider'))).toEqual({ handle: null, name: null });
			// The coordinator works with them: named.
			expect(await assignee(apiClient(db, { token: token.author }))).toEqual({
				handle: 'member',
				name: 'member'
			});
		} finally {
			await db
				.update(projectTasks)
				.set({ status: 'open', assigneeId: null })
				.where(eq(projectTasks.id, taskId));
		}
	});

	it('keeps a surname hidden from a visitor in a post’s byline, as the page does', async () => {
		await db
			.update(members)
			.set({ displayName: 'Ana Author', showFullName: false })
			.where(eq(members.handle, 'author'));
		const { data } = await clientAs('visitor').GET('/posts/{id}', {
			params: { path: { id: f('post-id:public') } }
		});
		expect(data!.author.name).not.toContain('Author');
	});
});
