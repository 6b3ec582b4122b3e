/**
 * An unlinkable election: electors take blind-signed credentials and cast without a session;
 * the rows hold no voter and no time; a second credential, a foreign one and a cast after the
 * count are refused; the count and the published ballots hold every ballot; the signing key is
 * erased at the count.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { RSABSSA } from '@cloudflare/blindrsa-ts';
import type { Actor } from '$lib/domain/members/actor';
import type { Db } from '$lib/server/db/client';
import { actorFor } from '$lib/server/db/testing';
import { ballotKeys, chapterMemberships, electionBallots, elections } from '$lib/server/db/schema';
import { Conflict, Forbidden } from '$lib/server/errors';
import { makeMembers, openWorld, type World } from '$lib/server/decisions/test-world';
import { advanceElection } from './advance';
import { ballotCandidates, castElectionBallot } from './ballots';
import { callElection, standForElection } from './commands';
import type { ElectionResult } from './count';
import { publishedElectionBallots } from './publication';
import {
	castUnlinkableElectionBallot,
	electionBallotKey,
	issueElectionCredential
} from './unlinkable';

let w: World;
let db: Db;
let crew: Actor[];
const DAY = 86_400_000;
const after = (days: number) => new Date(Date.now() + days * DAY);
const suite = RSABSSA.SHA384.PSS.Deterministic();
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

beforeAll(async () => {
	w = await openWorld();
	db = w.db;
	const more = await makeMembers(db, 5, 'ue');
	await db
		.insert(chapterMemberships)
		.values(more.map((p) => ({ chapterId: w.chapterId, memberId: p.id })));
	crew = await Promise.all([...w.people.slice(0, 3), ...more].map((p) => actorFor(db, p.id)));
});
afterAll(() => w.conn.close());

async function credential(voter: Actor, id: number) {
	const key = await electionBallotKey(db, voter, id);
	const publicKey = await crypto.subtle.importKey(
		'spki',
		Buffer.from(key.publicKey, 'base64'),
		{ name: 'RSA-PSS', hash: 'SHA-384' },
		true,
		['verify']
	);
	const token = crypto.getRandomValues(new Uint8Array(32));
	const { blindedMsg, inv } = await suite.blind(publicKey, token);
	const issued = await issueElectionCredential(db, voter, id, { blinded: b64(blindedMsg) });
	const signature = await suite.finalize(
		publicKey,
		token,
		new Uint8Array(Buffer.from(issued.blindSignature, 'base64')),
		inv
	);
	return { token: b64(token), signature: b64(signature) };
}

const rank = (ids: string[]) => Object.fromEntries(ids.map((c, i) => [`rank-${c}`, String(i + 1)]));

describe('unlinkable elections', () => {
	it('take one credential per elector, store ballots without voters, and count them all', async () => {
		const { id } = await callElection(db, crew[0], {
			role: 'facilitator',
			scope: `chapter:${w.chapterId}`,
			nominationDays: '2',
			votingDays: '2',
			unlinkable: 'on'
		});
		for (const p of crew.slice(0, 3)) await standForElection(db, p, id, { statement: '' });
		await advanceElection(db, id, after(2.1));
		const [a, b, c] = await ballotCandidates(db, id);

		const creds = [];
		for (const p of crew.slice(0, 6)) creds.push(await credential(p, id));
		await expect(credential(crew[0], id)).rejects.toMatchObject({ status: 409 });
		await expect(castElectionBallot(db, crew[0], id, rank([a]))).rejects.toBeInstanceOf(Conflict);
		// One elector votes without JavaScript, the ordinary way; then gets no credential.
		await castElectionBallot(db, crew[7], id, rank([c, b, a]));
		await expect(credential(crew[7], id)).rejects.toMatchObject({ status: 409 });

		const choices = [[a, b], [a, c], [b, a], [a], [c, a], [b]];
		await Promise.all(
			creds.map((cred, i) =>
				castUnlinkableElectionBallot(db, null, id, { ...cred, ballot: rank(choices[i]) })
			)
		);
		const changed = await castUnlinkableElectionBallot(db, null, id, {
			...creds[5],
			ballot: rank([a, b])
		});
		expect(changed.changed).toBe(true);
		// A forged signature is no credential.
		await expect(
			castUnlinkableElectionBallot(db, null, id, {
				token: creds[0].token,
				signature: b64(new Uint8Array(256).fill(7)),
				ballot: rank([a])
			})
		).rejects.toBeInstanceOf(Forbidden);

		const rows = await db.select().from(electionBallots).where(eq(electionBallots.electionId, id));
		const sealed = rows.filter((r) => r.tokenHash);
		expect(sealed).toHaveLength(7);
		expect(sealed.every((r) => r.voterId === null && r.castAt.getTime() === 0)).toBe(true);

		await advanceElection(db, id, after(4.2));
		const [e] = await db.select().from(elections).where(eq(elections.id, id));
		expect(e.phase).toBe('closed');
		expect((e.result as ElectionResult).ballots).toBe(7);
		expect((await publishedElectionBallots(db, id)).ballots).toHaveLength(7);
		const [key] = await db.select().from(ballotKeys).where(eq(ballotKeys.subjectId, id));
		expect(key.privateKey).toBeNull();
		await expect(
			castUnlinkableElectionBallot(db, null, id, { ...creds[1], ballot: rank([c]) })
		).rejects.toBeInstanceOf(Conflict);
	});
});
