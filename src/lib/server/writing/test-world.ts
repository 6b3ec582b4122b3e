/**
 * The small world the writing and comments tests share: four members (ana in Recife), the
 * chapter Recife and a general forum, on a fresh test database. Every actor comes from the real
 * loader.
 */
import type { Actor } from '$lib/domain/members/actor';
import type { Connection, Db } from '$lib/server/db/client';
import {
	chapterMemberships,
	chapters,
	forumCategories,
	mandates,
	members
} from '$lib/server/db/schema';
import { actorFor, createTestDatabase } from '$lib/server/db/testing';

export type World = {
	conn: Connection;
	ana: Actor;
	ben: Actor;
	cai: Actor;
	dee: Actor;
	chapterId: number;
	categoryId: number;
};

export async function openWorld(): Promise<World> {
	const conn = await createTestDatabase();
	const db = conn.db;
	const rows = await db
		.insert(members)
		.values(
			['ana', 'ben', 'cai', 'dee'].map((h) => ({
				email: `${h}@example.net`,
				passwordHash: 'x',
				handle: h,
				displayName: h.toUpperCase(),
				country: 'BR',
				emailVerifiedAt: new Date()
			}))
		)
		.returning({ id: members.id });
	const [{ id: chapterId }] = await db
		.insert(chapters)
		.values({ kind: 'local', name: 'Recife', slug: 'recife-test', country: 'BR', city: 'Recife' })
		.returning({ id: chapters.id });
	await db.insert(chapterMemberships).values({ chapterId, memberId: rows[0].id });
	const [ana, ben, cai, dee] = await Promise.all(rows.map((r) => actorFor(db, r.id)));
	const [{ id: categoryId }] = await db
		.insert(forumCategories)
		.values({ slug: 'general-test', name: 'General' })
		.returning({ id: forumCategories.id });
	return { conn, ana, ben, cai, dee, chapterId, categoryId };
}

/** A post form as a member sends it. */
export const post = (o: Record<string, unknown> = {}) => ({
	title: 'Why chapters matter',
	body: 'Chapters are where **organising** happens. @ben agrees.',
	language: 'en',
	tags: 'chapters, organising',
	visibility: 'public',
	publish: 'true',
	...o
});

/** A new member (with the chapter and mandate given), as the real loader builds them. */
export async function newMember(
	db: Db,
	handle: string,
	o: { chapter?: number; mandate?: 'organisation' | number } = {}
): Promise<Actor> {
	const [row] = await db
		.insert(members)
		.values({
			email: `${handle}@example.net`,
			passwordHash: 'x',
			handle,
			displayName: handle.toUpperCase(),
			country: 'BR',
			emailVerifiedAt: new Date()
		})
		.returning({ id: members.id });
	if (o.chapter)
		await db.insert(chapterMemberships).values({ chapterId: o.chapter, memberId: row.id });
	if (o.mandate)
		await db
			.insert(mandates)
			.values(
				o.mandate === 'organisation'
					? { memberId: row.id, role: 'facilitator', scopeKind: 'organisation' }
					: { memberId: row.id, role: 'facilitator', scopeKind: 'chapter', scopeId: o.mandate }
			);
	return actorFor(db, row.id);
}
