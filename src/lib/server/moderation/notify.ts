/**
 * Whom a jury case's events tell (notifications/routing.ts): the jurors of a new draw, summoned
 * at once, and the item's author once a verdict is reached (the case page gives the reasons).
 */
import { sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import type { StoredEvent } from '$lib/server/events/catalogue';
import type { Delivery } from '$lib/server/notifications/routing';

const caseDelivery = (memberId: number, id: number, title: string): Delivery => ({
	memberId,
	subjectType: 'jury-case',
	subjectId: id,
	title,
	url: `/moderation/${id}`,
	scope: null,
	addressed: true
});

export async function juryRecipients(db: Queryable, e: StoredEvent): Promise<Delivery[]> {
	const round = Number((e.data as { round?: number }).round);
	const { rows } = await db.execute<{ id: number; title: string }>(sql`
		select j.member_id::int as id, c.title from jurors j join jury_cases c on c.id = j.case_id
		where j.case_id = ${e.subjectId} and j.round = ${round}`);
	return rows.map((r) => caseDelivery(Number(r.id), e.subjectId, r.title));
}

export async function verdictRecipients(db: Queryable, e: StoredEvent): Promise<Delivery[]> {
	const { rows } = await db.execute<{ id: number; title: string }>(sql`
		select author_id::int as id, title from jury_cases
		where id = ${e.subjectId} and author_id is not null`);
	return rows.map((r) => caseDelivery(Number(r.id), e.subjectId, r.title));
}
