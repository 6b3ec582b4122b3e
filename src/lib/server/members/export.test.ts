import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import '$lib/server/commentables';
import type { Actor } from '$lib/domain/members/actor';
import type { Connection } from '$lib/server/db/client';
import { mailOutbox, members, sessions } from '$lib/server/db/schema';
import { eq } from 'drizzle-orm';
import { postComment } from '$lib/server/comments/commands';
import { createPost } from '$lib/server/writing/commands';
import { openWorld, post } from '$lib/server/writing/test-world';
import { exportMemberData, memberReferences } from './export';

let conn: Connection;
let ana: Actor;
let ben: Actor;

beforeAll(async () => {
	({ conn, ana, ben } = await openWorld());
	const db = conn.db;
	const mine = await createPost(db, ana, post({ title: 'Ana writes' }));
	const theirs = await createPost(db, ben, post({ title: 'Ben writes' }));
	await postComment(db, ana, 'post', theirs.id, { body: 'Ana comments on Ben' });
	await postComment(db, ben, 'post', mine.id, { body: 'Ben comments on Ana' });
	await db
		.update(members)
		.set({ passwordHash: 'argon2id$very-secret' })
		.where(eq(members.id, ana.id));
	await db.insert(sessions).values({
		id: 'digest-of-a-live-session',
		memberId: ana.id,
		expiresAt: new Date(Date.now() + 86_400_000),
		userAgent: 'Firefox on a laptop'
	});
	await db.insert(mailOutbox).values({
		toAddress: 'ana@example.net',
		subject: 'Reset your password',
		textBody: 'Open http://plenary.test/reset?token=still-valid-token'
	});
});
afterAll(async () => {
	await conn?.close();
});

describe('everything about me', () => {
	it('holds every row that points at the member, in every table the database knows of', async () => {
		const db = conn.db;
		const data = await exportMemberData(db, ana);
		const references = await memberReferences(db);
		// The catalogue is read, not a hand-made list: the tables written above are all in it.
		expect(references.map((r) => r.table)).toEqual(
			expect.arrayContaining(['posts', 'comments', 'sessions', 'chapter_memberships'])
		);
		for (const { table, column } of references) {
			const [{ n }] = (
				await db.execute(
					sql`select count(*)::int as n from ${sql.identifier(table)} where ${sql.identifier(column)} = ${ana.id}`
				)
			).rows as { n: number }[];
			expect(data.tables[table]?.[column]?.length ?? 0, `${table}.${column}`).toBe(n);
		}
		expect(data.tables.posts.author_id.map((p) => p.title)).toEqual(['Ana writes']);
		expect(data.tables.comments.author_id.map((c) => c.body)).toEqual(['Ana comments on Ben']);
		expect(data.member).toMatchObject({ handle: 'ana', email: 'ana@example.net' });
		expect(data.events.some((e) => e.type === 'post.published')).toBe(true);
		expect(data.mail.map((m) => m.subject)).toEqual(['Reset your password']);
	});

	it('leaves out what would open the account if the file leaked, and other members', async () => {
		const text = JSON.stringify(await exportMemberData(conn.db, ana));
		expect(text).not.toContain('very-secret');
		expect(text).not.toContain('digest-of-a-live-session');
		expect(text).not.toContain('still-valid-token');
		expect(text).toContain('Firefox on a laptop');
		expect(text).not.toContain('Ben writes');
		expect(text).not.toContain('Ben comments on Ana');
	});
});
