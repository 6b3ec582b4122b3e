/**
 * Unlinkable secret ballots, end to end on the real database: members take credentials with the
 * browser's own library (blinding, unblinding), cast without a session, change their votes; then
 * every table and the event log are searched for anything that joins a member to a ballot, the
 * bad inputs are refused with nothing changed, and the published ballots recount to the result.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { and, eq, gt, sql } from 'drizzle-orm';
import { RSABSSA } from '@cloudflare/blindrsa-ts';
import type { Actor } from '$lib/domain/members/actor';
import type { Db } from '$lib/server/db/client';
import { ballotCredentials, ballotKeys, ballots, events } from '$lib/server/db/schema';
import { Conflict, Forbidden, Invalid } from '$lib/server/errors';
import { POST as castRoute } from '../../../routes/decisions/[ref]/unlinkable-ballot/+server';
import { castBallot } from './ballots';
import { ballotByReceipt, publishedBallots } from './publication';
import { decisionPage, notYetVoted } from './queries';
import { close, inVoting, makeMembers, openWorld, type World } from './test-world';
import { castUnlinkableBallot, decisionBallotKey, issueDecisionCredential } from './unlinkable';

let w: World;
let db: Db;
let people: Actor[];

beforeAll(async () => {
	w = await openWorld();
	({ db, people } = w);
});
afterAll(() => w.conn.close());

const suite = RSABSSA.SHA384.PSS.Deterministic();
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

type Credential = { token: string; signature: string };

/** What the member's browser does (src/lib/unlinkable/client.ts), against the server's commands. */
async function takeCredential(voter: Actor, id: number): Promise<Credential> {
	const key = await decisionBallotKey(db, voter, id);
	const publicKey = await crypto.subtle.importKey(
		'spki',
		Buffer.from(key.publicKey, 'base64'),
		{ name: 'RSA-PSS', hash: 'SHA-384' },
		true,
		['verify']
	);
	const token = crypto.getRandomValues(new Uint8Array(32));
	const { blindedMsg, inv } = await suite.blind(publicKey, suite.prepare(token));
	const issued = await issueDecisionCredential(db, voter, id, { blinded: b64(blindedMsg) });
	const signature = await suite.finalize(
		publicKey,
		token,
		new Uint8Array(Buffer.from(issued.blindSignature, 'base64')),
		inv
	);
	return { token: b64(token), signature: b64(signature) };
}

const ranks = (opts: string[], order: number[]) =>
	Object.fromEntries(opts.map((o, i) => [`rank_${o}`, String(order[i])]));

async function ballotRows(id: number) {
	return db.select().from(ballots).where(eq(ballots.decisionId, id));
}

/** Every row of every table of the database, as JSON text, read from the catalogue itself. */
async function everyRow(): Promise<{ table: string; row: string }[]> {
	const tables = await db.execute<{ table_name: string }>(
		sql`select table_name from information_schema.tables
			where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`
	);
	const out: { table: string; row: string }[] = [];
	for (const { table_name } of tables.rows) {
		const rows = await db.execute<{ r: string }>(
			sql`select row_to_json(t)::text as r from ${sql.identifier(table_name)} t`
		);
		for (const { r } of rows.rows) out.push({ table: table_name, row: r });
	}
	return out;
}

describe('unlinkable secret ballots', () => {
	it('cast by a storm of members leave nothing that joins a member to a ballot, and recount to the result', async () => {
		const crowd = [...people, ...(await makeMembers(db, 16, 'storm'))];
		const [author] = crowd;
		const id = await inVoting(db, author, {
			ballotType: 'choice',
			method: 'schulze',
			options: 'North\nSouth\nEast',
			unlinkable: 'on'
		});
		const opts = (await decisionPage(db, author, 'en', id)).options.map((o) => o.id);
		const eventsBefore = (await db.select({ n: sql<number>`max(id)` }).from(events))[0].n ?? 0;

		// Two members vote the ordinary way (no JavaScript); the rest take credentials.
		const [plainA, plainB, ...voters] = crowd;
		await castBallot(db, plainA, id, ranks(opts, [1, 2, 3]));
		await castBallot(db, plainB, id, ranks(opts, [2, 1, 3]));
		const creds = new Map<number, Credential>();
		for (const v of voters) creds.set(v.id, await takeCredential(v, id));
		const eventsAfterCredentials = (await db.select({ n: sql<number>`max(id)` }).from(events))[0].n;

		// The storm: every credential casts at once, in shuffled order, while logs are watched.
		const logged = [vi.spyOn(console, 'log'), vi.spyOn(console, 'info'), vi.spyOn(console, 'warn')];
		const orders = [
			[1, 2, 3],
			[3, 1, 2],
			[2, 3, 1],
			[1, 3, 2]
		];
		const shuffled = [...voters].sort((a, b) => ((a.id * 7919) % 13) - ((b.id * 7919) % 13));
		const firstCasts = await Promise.all(
			shuffled.map((v, i) =>
				castUnlinkableBallot(db, null, id, {
					...creds.get(v.id)!,
					ballot: ranks(opts, orders[i % orders.length])
				})
			)
		);
		expect(firstCasts.every((c) => !c.changed && c.weight === 1)).toBe(true);
		// A few change their minds: the same token replaces its own ballot.
		const changers = shuffled.slice(0, 4);
		const changes = await Promise.all(
			changers.map((v) =>
				castUnlinkableBallot(db, null, id, { ...creds.get(v.id)!, ballot: ranks(opts, [3, 2, 1]) })
			)
		);
		expect(changes.every((c) => c.changed)).toBe(true);
		for (const spy of logged) {
			expect(spy).not.toHaveBeenCalled();
			spy.mockRestore();
		}
		// Casting appended no event at all.
		const eventsNow = (await db.select({ n: sql<number>`max(id)` }).from(events))[0].n;
		expect(eventsNow).toBe(eventsAfterCredentials);
		const issuedEvents = await db
			.select()
			.from(events)
			.where(and(gt(events.id, eventsBefore), eq(events.type, 'ballot.credential-issued')));
		expect(issuedEvents).toHaveLength(voters.length);
		expect(issuedEvents.every((e) => JSON.stringify(e.data) === '{}')).toBe(true);

		// The turnout and the not-voted list know who took part, not how.
		const reminders = await notYetVoted(db, author, id);
		expect(reminders.members.map((m) => m.id)).toEqual([]);
		const credentialRows = await db
			.select()
			.from(ballotCredentials)
			.where(eq(ballotCredentials.subjectId, id));
		expect(credentialRows.map((c) => c.memberId).sort()).toEqual(voters.map((v) => v.id).sort());
		expect(Object.keys(credentialRows[0]).sort()).toEqual(['memberId', 'subjectId', 'subjectKind']);

		// The ballot rows: no voter, no time, ids that do not count up in casting order.
		const rows = (await ballotRows(id)).filter((b) => b.tokenHash);
		expect(rows).toHaveLength(voters.length + changers.length);
		for (const b of rows) {
			expect(b.voterId).toBeNull();
			expect(b.castAt.getTime()).toBe(0);
			expect(b.supersededAt === null || b.supersededAt.getTime() === 0).toBe(true);
			expect(b.id).toBeGreaterThanOrEqual(2 ** 52);
		}

		// Search every table for any trace of an unlinkable ballot outside its own row: its id,
		// token hash, receipt, token or signature. Nothing may carry one beside anything else.
		const traces = rows.flatMap((b) => [String(b.id), b.tokenHash!, b.receipt!]);
		for (const c of creds.values()) traces.push(c.token, c.signature);
		const voterIds = new Set(voters.map((v) => v.id));
		const all = await everyRow();
		const scanned = new Set(all.map((r) => r.table));
		for (const t of ['ballots', 'ballot_credentials', 'ballot_keys', 'events', 'members'])
			expect(scanned.has(t)).toBe(true);
		for (const { table, row } of all) {
			const parsed = JSON.parse(row) as Record<string, unknown>;
			if (table === 'ballots' && parsed.token_hash) {
				// Its own row: the trace is there, and no member, no time.
				expect(parsed.voter_id).toBeNull();
				continue;
			}
			for (const t of traces) expect(row.includes(t), `${table} holds ${t}: ${row}`).toBe(false);
			// And no ordinary ballot names an unlinkable voter.
			if (table === 'ballots' && Number(parsed.decision_id) === id)
				expect(voterIds.has(Number(parsed.voter_id))).toBe(false);
		}

		// The close erases the signing key; the published ballots recount to the declared result.
		await close(db, id);
		const [key] = await db.select().from(ballotKeys).where(eq(ballotKeys.subjectId, id));
		expect(key.privateKey).toBeNull();
		const after = await decisionPage(db, null, 'en', id);
		const file = await publishedBallots(db, id);
		expect(file.ballots).toHaveLength(voters.length + 2);
		const dir = await mkdtemp(join(tmpdir(), 'plenary-unlinkable-'));
		await writeFile(join(dir, 'ballots.json'), JSON.stringify(file));
		const recount = JSON.parse(
			(
				await promisify(execFile)(process.execPath, [
					'scripts/tally.mjs',
					join(dir, 'ballots.json')
				])
			).stdout
		);
		const declared = after.results!.weighted as { winners: string[]; order: unknown };
		expect(recount.winners).toEqual(declared.winners);
		expect(recount.order).toEqual(declared.order);

		// Receipts, after the close: the changed ballot's first receipt says it was replaced.
		const replaced = await ballotByReceipt(db, id, firstCasts[0].receipt);
		expect(replaced.counted).toBe(false);
		const counted = await ballotByReceipt(db, id, changes[0].receipt);
		expect(counted).toMatchObject({
			counted: true,
			choice: { ranking: [[opts[2]], [opts[1]], [opts[0]]] }
		});
		// A cast after the close: refused, nothing changed.
		const before = (await ballotRows(id)).length;
		await expect(
			castUnlinkableBallot(db, null, id, {
				...creds.get(voters[0].id)!,
				ballot: ranks(opts, [1, 2, 3])
			})
		).rejects.toBeInstanceOf(Conflict);
		expect((await ballotRows(id)).length).toBe(before);
	});

	it('refuses a second credential, a forged or foreign one, a malformed one and a cast with the session', async () => {
		const [ana, ben, cai, dee] = people;
		const id = await inVoting(db, ana, { unlinkable: 'on' });
		const other = await inVoting(db, ana, { unlinkable: 'on' });
		const yes = { vote: 'yes' };
		const snapshot = async () =>
			JSON.stringify([
				await ballotRows(id),
				await db.select().from(ballotCredentials).where(eq(ballotCredentials.subjectId, id))
			]);

		const cred = await takeCredential(ben, id);
		const issued = await snapshot();
		// A second credential request: 409, nothing changed.
		await expect(takeCredential(ben, id)).rejects.toMatchObject({
			status: 409,
			messageKey: 'unlinkable_error_credential_issued'
		});
		// Voting the ordinary way while holding a credential: refused too.
		await expect(castBallot(db, ben, id, yes)).rejects.toMatchObject({
			messageKey: 'unlinkable_error_credential_held'
		});
		expect(await snapshot()).toBe(issued);
		// A member who voted the ordinary way gets no credential.
		await castBallot(db, cai, id, yes);
		const state = await snapshot();
		await expect(takeCredential(cai, id)).rejects.toMatchObject({
			status: 409,
			messageKey: 'unlinkable_error_voted_linked'
		});
		expect(await snapshot()).toBe(state);

		// A credential signed for another decision, a forged signature, a malformed one.
		const foreign = await takeCredential(dee, other);
		await expect(
			castUnlinkableBallot(db, null, id, { ...foreign, ballot: yes })
		).rejects.toBeInstanceOf(Forbidden);
		const forged = Buffer.from(cred.signature, 'base64');
		forged[17] ^= 1;
		await expect(
			castUnlinkableBallot(db, null, id, { token: cred.token, signature: b64(forged), ballot: yes })
		).rejects.toBeInstanceOf(Forbidden);
		await expect(
			castUnlinkableBallot(db, null, id, {
				token: cred.token,
				signature: 'bm90IGEgc2ln',
				ballot: yes
			})
		).rejects.toBeInstanceOf(Invalid);
		await expect(
			issueDecisionCredential(db, dee, id, { blinded: 'not base64!' })
		).rejects.toBeInstanceOf(Invalid);
		// A blinded token no smaller than the modulus cannot be signed: 400, and no credential kept.
		await expect(
			issueDecisionCredential(db, dee, id, { blinded: b64(new Uint8Array(256).fill(255)) })
		).rejects.toBeInstanceOf(Invalid);
		// A bad ballot with a good credential: 400.
		await expect(
			castUnlinkableBallot(db, null, id, { ...cred, ballot: { vote: 'maybe' } })
		).rejects.toBeInstanceOf(Invalid);
		expect(await snapshot()).toBe(state);

		// The cast endpoint refuses a request that carries the session cookie, before reading it.
		const request = (cookie?: string) =>
			castRoute({
				params: { ref: String(id) },
				locals: { db },
				request: new Request('http://localhost/x', {
					method: 'POST',
					headers: {
						'content-type': 'application/json',
						...(cookie ? { cookie } : {})
					},
					body: JSON.stringify({ ...cred, ballot: yes })
				})
			} as unknown as Parameters<typeof castRoute>[0]);
		await expect(request('theme=dark; plenary_session=abc')).rejects.toMatchObject({
			status: 400
		});
		expect(await snapshot()).toBe(state);
		const ok = await request();
		expect(ok.status).toBe(200);
		expect(((await ok.json()) as { receipt: string }).receipt).toMatch(/^[2-9A-Z-]{14}$/);
	});
});
