import { afterAll, beforeAll, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { createDemoDatabase } from '$lib/server/db/testing';
import type { Connection } from '$lib/server/db/client';
import { committees, mandates, recallPetitions } from '$lib/server/db/schema';
import { committeeBySlug } from '$lib/server/committees/queries';

let conn: Connection;
beforeAll(async () => {
	conn = await createDemoDatabase();
}, 300_000);
afterAll(async () => {
	await conn?.close();
});

it('gives most demo chapters facilitators, the interim committee its seats, a recall half way and a resignation', async () => {
	const db = conn.db;
	const { rows } = await db.execute<{ chapters: number; with: number }>(sql`
		select count(distinct c.id)::int as chapters,
			count(distinct md.scope_id) filter (where md.id is not null)::int as with
		from chapters c
		left join mandates md on md.scope_kind = 'chapter' and md.scope_id = c.id and md.role = 'facilitator'
			and md.end_reason is null and md.ends_at > now()
		where exists (select 1 from chapter_memberships cm where cm.chapter_id = c.id
			group by cm.chapter_id having count(*) >= 5) and c.parent_id is not null`);
	expect(rows[0].with / rows[0].chapters).toBeGreaterThan(0.6);

	const page = await committeeBySlug(db, null, 'interim-committee');
	expect(page.mandates!.mandates.length).toBeGreaterThanOrEqual(6);
	expect(page.mandates!.mandates.length).toBeLessThanOrEqual(page.seats);

	const [petition] = await db
		.select({
			threshold: recallPetitions.threshold,
			signed: sql<number>`(select count(*)::int from recall_signatures s where s.petition_id = ${recallPetitions.id})`
		})
		.from(recallPetitions)
		.where(eq(recallPetitions.status, 'open'));
	expect(petition.signed).toBeGreaterThan(0);
	expect(petition.signed).toBeLessThan(petition.threshold);

	const resigned = await db.select().from(mandates).where(eq(mandates.endReason, 'resigned'));
	expect(resigned).toHaveLength(1);
	const [committee] = await db
		.select()
		.from(committees)
		.where(eq(committees.slug, 'interim-committee'));
	expect(
		await db
			.select()
			.from(mandates)
			.where(and(eq(mandates.scopeKind, 'committee'), eq(mandates.scopeId, committee.id)))
	).not.toHaveLength(0);
});
