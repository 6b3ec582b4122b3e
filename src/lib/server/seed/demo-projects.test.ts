import { afterAll, beforeAll, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { actorFor, createDemoDatabase } from '$lib/server/db/testing';
import type { Connection } from '$lib/server/db/client';
import { effortEntries, members, projects, taskRatings } from '$lib/server/db/schema';
import { projectPage } from '$lib/server/projects/pages';
import { myProjects, smallTasks } from '$lib/server/projects/queries';

let conn: Connection;
beforeAll(async () => {
	conn = await createDemoDatabase();
}, 300_000);
afterAll(async () => {
	await conn?.close();
});

it('gives the demo organisation about 40 projects, balanced in some and lopsided in others', async () => {
	const db = conn.db;
	const all = await db
		.select({ id: projects.id, status: projects.status, title: projects.title })
		.from(projects);
	expect(all.length).toBe(40);
	// No two alike, and none numbered like a copy ("Repair café (3)").
	expect(new Set(all.map((p) => p.title)).size).toBe(40);
	expect(all.filter((p) => /\(\d+\)$/.test(p.title))).toEqual([]);
	expect(new Set(all.map((p) => p.status))).toEqual(
		new Set(['proposed', 'active', 'completed', 'archived'])
	);
	expect((await db.select({ n: count() }).from(taskRatings))[0].n).toBeGreaterThan(200);
	expect((await db.select({ n: count() }).from(effortEntries))[0].n).toBeGreaterThan(200);

	const levels = new Set<string>();
	for (const p of all.slice(0, 12)) {
		const page = await projectPage(db, null, p.id).catch(() => null);
		if (page?.balance.totalMinutes) levels.add(page.balance.level);
	}
	expect(levels.has('balanced')).toBe(true);
	expect(levels.has('lopsided')).toBe(true);

	const [demo] = await db
		.select({ id: members.id, tier: members.tier })
		.from(members)
		.where(eq(members.handle, 'demo'));
	const who = await actorFor(db, demo.id);
	const mine = await myProjects(db, who);
	expect(mine.length).toBeGreaterThanOrEqual(3);
	expect(mine.some((p) => p.role === 'coordinator')).toBe(true);
	const small = await smallTasks(db, who, { maxMinutes: 60 });
	expect(small.tasks.length).toBeGreaterThan(5);
	expect(small.tasks.every((t) => t.estimateMinutes <= 60)).toBe(true);
}, 120_000);
