import { afterAll, beforeAll, expect, it } from 'vitest';
import { and, eq, isNull } from 'drizzle-orm';
import { ballotCredentials, ballotKeys, ballots, decisions, members } from '$lib/server/db/schema';
import { actorFor } from '$lib/server/db/testing';
import { makeMembers, openWorld, type World } from '$lib/server/decisions/test-world';
import { notYetVoted } from '$lib/server/decisions/queries';
import { DEMO_EMAIL } from './demo-people';
import { seedDemoUnlinkable } from './demo-unlinkable';

let w: World;
beforeAll(async () => {
	w = await openWorld();
	const [demo] = await makeMembers(w.db, 1, 'demo');
	await w.db.update(members).set({ email: DEMO_EMAIL }).where(eq(members.id, demo.id));
	await makeMembers(w.db, 60, 'voter');
	// Members of long standing, as in the demo: the electorate is fixed when the motion is submitted.
	await w.db.update(members).set({ emailVerifiedAt: new Date(Date.now() - 30 * 86_400_000) });
}, 60_000);
afterAll(() => w?.conn.close());

it('opens an unlinkable motion with credentials issued and ballots that name no one', async () => {
	const id = await seedDemoUnlinkable(w.db);
	const [d] = await w.db.select().from(decisions).where(eq(decisions.id, id));
	expect(d).toMatchObject({ phase: 'voting', secret: true, unlinkable: true });
	const cast = await w.db
		.select()
		.from(ballots)
		.where(and(eq(ballots.decisionId, id), isNull(ballots.supersededAt)));
	const issued = await w.db
		.select()
		.from(ballotCredentials)
		.where(eq(ballotCredentials.subjectId, id));
	expect(cast.length).toBe(issued.length);
	expect(cast.every((b) => b.voterId === null && b.castAt.getTime() === 0)).toBe(true);
	const [key] = await w.db.select().from(ballotKeys).where(eq(ballotKeys.subjectId, id));
	expect(key.privateKey).not.toBeNull();
	const waiting = await notYetVoted(w.db, (await actorFor(w.db, d.authorId))!, id);
	expect(waiting.members.length).toBeGreaterThan(0);
	expect(waiting.members.some((m) => issued.some((c) => c.memberId === m.id))).toBe(false);
});
