import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq, sql } from 'drizzle-orm';
import { createDemoDatabase } from '$lib/server/db/testing';
import type { Connection } from '$lib/server/db/client';
import { chapterMemberships, chapters, events } from '$lib/server/db/schema';
import { conventionReadiness, organisationAtAGlance } from '$lib/server/glance/queries';
import { chapterTree } from '$lib/server/chapters/queries';

let conn: Connection;
beforeAll(async () => {
	conn = await createDemoDatabase();
}, 300_000);
afterAll(async () => {
	await conn?.close();
});

describe('the demo organisation’s chapters', () => {
	it('has chapters in its countries, busy ones and small ones, everyone at home in one', async () => {
		const tree = await chapterTree(conn.db);
		const glance = await organisationAtAGlance(conn.db);
		expect(tree.chapters.length).toBeGreaterThan(60);
		const locals = tree.chapters.flatMap((c) => c.children);
		expect(locals.some((c) => c.members >= 50)).toBe(true);
		expect(locals.filter((c) => c.members < 5).length).toBeGreaterThan(20);
		const [{ homes }] = await conn.db
			.select({ homes: count() })
			.from(chapterMemberships)
			.where(sql`home`);
		expect(homes).toBe(3000);
		const [{ extra }] = await conn.db
			.select({ extra: count() })
			.from(chapterMemberships)
			.where(sql`not home`);
		expect(extra).toBeGreaterThan(50);
		expect(glance.activeChapters).toBeGreaterThanOrEqual(8);
		const readiness = await conventionReadiness(conn.db);
		// About half met: not yet enough chapters, enough countries and continents.
		expect(readiness.met).toEqual({
			chapters: false,
			countries: true,
			continents: true,
			all: false
		});
		expect(readiness.chapters).toBeGreaterThanOrEqual(5);
		const [root] = await conn.db.select().from(chapters).where(eq(chapters.kind, 'organisation'));
		expect(root.slug).toBe('organisation');
	});
});

describe('the demo organisation’s history', () => {
	it('leaves nothing for the event dispatcher to act on again', async () => {
		const [{ written, pending }] = await conn.db
			.select({
				written: count(),
				pending: sql<number>`count(*) filter (where dispatched_at is null)::int`
			})
			.from(events);
		expect(written).toBeGreaterThan(3000);
		expect(pending).toBe(0);
	});
});
