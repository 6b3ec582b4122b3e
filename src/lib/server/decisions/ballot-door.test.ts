import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AsyncLocalStorage } from 'node:async_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, isNull, sql } from 'drizzle-orm';
import * as devalue from 'devalue';
import type { Actor } from '$lib/domain/members/actor';
import type { Db } from '$lib/server/db/client';
import { ballots, members, sessions } from '$lib/server/db/schema';
import { overwriteServerAsyncLocalStorage, type Locale } from '$lib/paraglide/runtime.js';
import { createSession } from '$lib/server/accounts/sessions';
import { translate } from '$lib/server/i18n';
import { ballotDoor } from './ballot-door';
import { close, inVoting, makeMembers, openWorld, type World } from './test-world';

let w: World;
let db: Db;
let people: Actor[];
let server: Server;
let origin: string;
let kicks = 0;
const savedOrigin = process.env.ORIGIN;

/** What reached the framework: the door handed it on. */
const ONWARD = 299;

beforeAll(async () => {
	w = await openWorld();
	({ db, people } = w);
	const store = new AsyncLocalStorage<{ locale?: Locale; origin?: string }>();
	overwriteServerAsyncLocalStorage(store);
	const door = ballotDoor({
		// The running app's pieces the door uses: the database, and the dispatcher it wakes.
		app: async () => ({
			db,
			dispatcher: { kick: () => void kicks++, flush: async () => {}, stop: async () => {} }
		}),
		inLocale: (locale, at, answer) => store.run({ locale, origin: at }, answer),
		encoders: {}
	});
	server = createServer((req, res) => {
		if (door(req, res, () => res.writeHead(ONWARD).end(`framework: ${req.method} ${req.url}`)))
			return;
		res.writeHead(ONWARD).end('framework');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	process.env.ORIGIN = origin;
});
afterAll(async () => {
	if (savedOrigin === undefined) delete process.env.ORIGIN;
	else process.env.ORIGIN = savedOrigin;
	overwriteServerAsyncLocalStorage(undefined);
	await new Promise((resolve) => server.close(resolve));
	await w.conn.close();
});

async function sessionOf(member: Actor) {
	return `plenary_session=${(await createSession(db, member.id, 'test')).token}`;
}

/** The decision page's enhanced ballot form, as its script posts it. */
function post(id: number, cookie: string, body: string, headers: Record<string, string> = {}) {
	return fetch(`${origin}/decisions/${id}-adopt-the-rota?/vote`, {
		method: 'POST',
		headers: {
			origin,
			accept: 'application/json',
			'content-type': 'application/x-www-form-urlencoded',
			'x-sveltekit-action': 'true',
			cookie,
			...headers
		},
		body
	});
}

const current = (id: number, voter: number) =>
	db
		.select({ choice: ballots.choice })
		.from(ballots)
		.where(
			and(eq(ballots.decisionId, id), eq(ballots.voterId, voter), isNull(ballots.supersededAt))
		);

describe('the ballot door', () => {
	it("casts a member's ballot and answers as the framework's action does", async () => {
		const [voter] = await makeMembers(db, 1, 'door');
		const id = await inVoting(db, people[0]);
		const before = kicks;
		const res = await post(id, await sessionOf(voter), 'vote=yes');
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('application/json');
		expect(res.headers.get('x-content-type-options')).toBe('nosniff');
		const result = await res.json();
		expect(result).toMatchObject({ type: 'success', status: 200 });
		expect(devalue.parse(result.data)).toEqual({ vote: true, receipt: null });
		expect(await current(id, voter.id)).toHaveLength(1);
		expect(kicks).toBe(before + 1);
	});

	it("refuses a ballot with castBallot's message, in the member's language", async () => {
		const [voter] = await makeMembers(db, 1, 'doorfr');
		await db.update(members).set({ locale: 'fr' }).where(eq(members.id, voter.id));
		const id = await inVoting(db, people[0]);
		await close(db, id);
		const res = await post(id, await sessionOf(voter), 'vote=yes');
		const result = await res.json();
		expect(result).toMatchObject({ type: 'failure', status: 409 });
		expect(devalue.parse(result.data)).toMatchObject({
			scope: 'vote',
			message: translate('ballot_error_closed', {}, 'fr'),
			values: { vote: 'yes' }
		});
		expect(await current(id, voter.id)).toHaveLength(0);
	});

	it('refuses a badly filled ballot and a NUL as the hook and the action do', async () => {
		const [voter] = await makeMembers(db, 1, 'doorbad');
		const id = await inVoting(db, people[0]);
		const cookie = await sessionOf(voter);
		const bad = await (await post(id, cookie, 'vote=perhaps')).json();
		expect(bad).toMatchObject({ type: 'failure', status: 400 });
		expect(devalue.parse(bad.data).message).toBe(translate('error_form', {}, 'en'));
		const nul = await post(id, cookie, 'vote=yes%00');
		expect(nul.status).toBe(400);
		expect(await nul.json()).toEqual({
			type: 'error',
			error: { message: translate('error_bad_characters', {}, 'en') }
		});
		expect(await current(id, voter.id)).toHaveLength(0);
	});

	it('marks the session seen and the member active, as the hook does', async () => {
		const [voter] = await makeMembers(db, 1, 'doorseen');
		const id = await inVoting(db, people[0]);
		const cookie = await sessionOf(voter);
		await db
			.update(members)
			.set({ lastActiveAt: sql`now() - interval '2 days'` })
			.where(eq(members.id, voter.id));
		await db
			.update(sessions)
			.set({ lastSeenAt: sql`now() - interval '1 hour'` })
			.where(eq(sessions.memberId, voter.id));
		const result = await (await post(id, cookie, 'vote=no')).json();
		expect(result).toMatchObject({ type: 'success' });
		const [member] = await db
			.select({ at: members.lastActiveAt })
			.from(members)
			.where(eq(members.id, voter.id));
		const [session] = await db
			.select({ at: sessions.lastSeenAt })
			.from(sessions)
			.where(eq(sessions.memberId, voter.id));
		expect(Date.now() - member.at.getTime()).toBeLessThan(60_000);
		expect(Date.now() - session.at.getTime()).toBeLessThan(60_000);
	});

	it('hands on, body unread, whatever it cannot answer as the framework would', async () => {
		const [voter, renewing] = await makeMembers(db, 2, 'dooron');
		const id = await inVoting(db, people[0]);
		const cookie = await sessionOf(voter);
		const renewingCookie = await sessionOf(renewing);
		// In the second half of its life: the hook renews it and sends the cookie again.
		await db
			.update(sessions)
			.set({ expiresAt: sql`now() + interval '3 days'` })
			.where(eq(sessions.memberId, renewing.id));
		const handedOn = [
			post(id, 'plenary_session=unknown', 'vote=yes'),
			post(id, '', 'vote=yes'),
			post(id, renewingCookie, 'vote=yes'),
			post(id, cookie, 'vote=yes', { origin: 'https://elsewhere.example' }),
			post(id, cookie, 'vote=yes', { 'x-sveltekit-action': 'false' }),
			post(id, cookie, 'vote=yes', { accept: 'text/html' }),
			post(id, cookie, 'vote=yes', { 'content-type': 'text/plain' }),
			fetch(`${origin}/decisions/${id}-adopt-the-rota?/stake`, {
				method: 'POST',
				headers: { origin, cookie, accept: 'application/json', 'x-sveltekit-action': 'true' },
				body: 'level=3'
			})
		];
		for (const res of await Promise.all(handedOn)) {
			expect(res.status).toBe(ONWARD);
			await res.text();
		}
		expect(await current(id, voter.id)).toHaveLength(0);
		expect(await current(id, renewing.id)).toHaveLength(0);
	});
});
