import { afterAll, beforeAll, expect, it } from 'vitest';
import { isNotNull } from 'drizzle-orm';
import { createDemoDatabase } from '$lib/server/db/testing';
import type { Connection } from '$lib/server/db/client';
import { juryCases } from '$lib/server/db/schema';
import { moderationLog } from '$lib/server/moderation/queries';

let conn: Connection;
beforeAll(async () => {
	conn = await createDemoDatabase();
}, 300_000);
afterAll(async () => {
	await conn?.close();
});

it('gives the demo organisation past jury decisions and an appeal, in the public log', async () => {
	const db = conn.db;
	const cases = await db.select().from(juryCases);
	expect(cases.length).toBe(5);
	expect(cases.every((c) => c.status === 'decided')).toBe(true);
	expect(new Set(cases.map((c) => c.verdict))).toEqual(new Set(['keep', 'hide', 'warn']));
	const appeals = await db.select().from(juryCases).where(isNotNull(juryCases.appealOf));
	expect(appeals).toHaveLength(1);
	expect(appeals[0].verdict).toBe('keep');
	const log = await moderationLog(db);
	expect(log.cases).toHaveLength(5);
	for (const c of log.cases) {
		expect(c.draws[0].seed).toBeTruthy();
		expect(c.reasons.length).toBeGreaterThanOrEqual(2);
	}
});
