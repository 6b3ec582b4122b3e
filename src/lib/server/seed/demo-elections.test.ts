import { afterAll, beforeAll, expect, it } from 'vitest';
import { and, eq, isNotNull } from 'drizzle-orm';
import { createDemoDatabase } from '$lib/server/db/testing';
import type { Connection } from '$lib/server/db/client';
import { candidacies, elections, mandates } from '$lib/server/db/schema';
import type { ElectionResult } from '$lib/domain/elections/result';
import { ballotCandidates } from '$lib/server/elections/ballots';

let conn: Connection;
beforeAll(async () => {
	conn = await createDemoDatabase();
}, 300_000);
afterAll(async () => {
	await conn?.close();
});

it('seeds a counted committee election with its rounds and seats, and a facilitator election in nominations', async () => {
	const db = conn.db;
	const [committee] = await db.select().from(elections).where(eq(elections.role, 'committee-seat'));
	expect(committee.phase).toBe('closed');
	const result = committee.result as ElectionResult;
	const report = result.report;
	expect(report?.method).toBe('stv-meek');
	if (report?.method === 'stv-meek') expect(report.rounds.length).toBeGreaterThan(1);
	expect(result.elected).toHaveLength(7);
	expect(result.reserves.length).toBeGreaterThan(0);
	expect(result.ballots).toBe(36);
	// Every seat holder holds a committee seat from this election (one resigned: countback).
	const seats = await db.select().from(mandates).where(eq(mandates.electionId, committee.id));
	expect(seats.length).toBeGreaterThanOrEqual(7);

	const [open] = await db.select().from(elections).where(eq(elections.role, 'facilitator'));
	expect(open.phase).toBe('nominations');
	const all = await db.select().from(candidacies).where(eq(candidacies.electionId, open.id));
	const consented = await db
		.select()
		.from(candidacies)
		.where(and(eq(candidacies.electionId, open.id), isNotNull(candidacies.consentedAt)));
	expect(all.length).toBeGreaterThan(consented.length);
	expect(await ballotCandidates(db, open.id)).toHaveLength(consented.length);
});
