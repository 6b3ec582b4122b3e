/** Per-member limits on creating work: counted in the database, answered 429 with Retry-After. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { actorFor, createTestDatabase } from '$lib/server/db/testing';
import type { Actor } from '$lib/domain/members/actor';
import type { Connection } from '$lib/server/db/client';
import { images, memberLimits, members, projects } from '$lib/server/db/schema';
import { command } from '$lib/server/command';
import { formAction } from '$lib/server/http';
import { proposeProject } from '$lib/server/projects/commands';
import { uploadImage } from '$lib/server/writing/images';
import { Invalid } from '$lib/server/errors';
import { IMAGE_QUOTA_BYTES, LIMITS, QuotaExceeded, RateLimited } from './limits';

let conn: Connection;
let ana: Actor, ben: Actor;

beforeAll(async () => {
	conn = await createTestDatabase();
	const rows = await conn.db
		.insert(members)
		.values(
			['ana', 'ben'].map((h) => ({
				email: `${h}@example.net`,
				passwordHash: 'x',
				handle: h,
				displayName: h,
				country: 'BR',
				emailVerifiedAt: new Date(),
				tier: 'member' as const
			}))
		)
		.returning({ id: members.id });
	ana = await actorFor(conn.db, rows[0].id);
	ben = await actorFor(conn.db, rows[1].id);
});
afterAll(() => conn?.close());

/** A command that writes nothing, limited to two a window; `fail` makes its check refuse. */
const tiny = command({
	limit: { action: 'test', max: 2, windowMinutes: 60 },
	input: (fail: boolean) => fail,
	load: async () => null,
	allow: () => true,
	check: (_none, fail) => {
		if (fail) throw new Invalid('error_form');
	},
	run: async () => ({}),
	event: () => null
});

describe('the limit option of command()', () => {
	it('refuses the run past the limit with 429 and the seconds to wait', async () => {
		await tiny(conn.db, ana, false);
		await tiny(conn.db, ana, true).catch(() => null); // a failed run counts nothing
		await tiny(conn.db, ana, false);
		const err = await tiny(conn.db, ana, false).catch((e) => e);
		expect(err).toBeInstanceOf(RateLimited);
		expect(err.status).toBe(429);
		expect(err.retryAfter).toBeGreaterThan(0);
		expect(err.retryAfter).toBeLessThanOrEqual(3600);
		// Another member has their own count.
		await expect(tiny(conn.db, ben, false)).resolves.toEqual({});
	});

	it('scales with PLENARY_LIMIT_SCALE for an installation that needs more', async () => {
		const [carl] = await conn.db
			.insert(members)
			.values({
				email: 'carl@example.net',
				passwordHash: 'x',
				handle: 'carl',
				displayName: 'carl',
				country: 'BR',
				emailVerifiedAt: new Date(),
				tier: 'member'
			})
			.returning({ id: members.id });
		const who = await actorFor(conn.db, carl.id);
		process.env.PLENARY_LIMIT_SCALE = '2';
		try {
			for (let i = 0; i < 4; i++) await tiny(conn.db, who, false);
			await expect(tiny(conn.db, who, false)).rejects.toBeInstanceOf(RateLimited);
		} finally {
			delete process.env.PLENARY_LIMIT_SCALE;
		}
	});

	it('is counted in the database, so every process sees the same count', async () => {
		const [row] = await conn.db
			.select()
			.from(memberLimits)
			.where(eq(memberLimits.memberId, ana.id));
		expect(row).toMatchObject({ action: 'test', used: 2 });
	});

	it('answers a form with a translated 429 and Retry-After', async () => {
		const headers: Record<string, string> = {};
		const action = formAction('tiny', (event, actor) => tiny(event.locals.db, actor, false));
		const form = new FormData();
		form.set('x', '1');
		const answer = await action({
			locals: { actor: ana, db: conn.db },
			request: new Request('http://localhost/', { method: 'POST', body: form }),
			setHeaders: (h: Record<string, string>) => Object.assign(headers, h)
		} as never);
		expect((answer as { status: number }).status).toBe(429);
		expect((answer as { data: { message: string } }).data.message).toMatch(/wait \d+ minutes/);
		expect(Number(headers['retry-after'])).toBeGreaterThan(0);
	});

	it('limits a real creating command, and a refused one adds no row', async () => {
		const propose = () =>
			proposeProject(conn.db, ben, { title: 'Garden', goals: 'Grow food', language: 'en' });
		for (let i = 0; i < LIMITS.project.max; i++) await propose();
		const before = await conn.db.select({ n: count() }).from(projects);
		await expect(propose()).rejects.toBeInstanceOf(RateLimited);
		expect(await conn.db.select({ n: count() }).from(projects)).toEqual(before);
	});
});

describe('image uploads', () => {
	const store = {
		put: async () => {
			throw new Error('nothing may be stored past the quota');
		}
	} as never;
	const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

	it('refuses an upload past the storage quota with 413, before resizing', async () => {
		await conn.db.insert(images).values({
			ownerId: ana.id,
			purpose: 'post',
			key: 'quota-filler-key',
			contentType: 'image/webp',
			width: 1,
			height: 1,
			sizes: { large: { width: 1, height: 1, bytes: IMAGE_QUOTA_BYTES } }
		});
		const err = await uploadImage(conn.db, store, ana, 'post', { bytes: png }).catch((e) => e);
		expect(err).toBeInstanceOf(QuotaExceeded);
		expect(err.status).toBe(413);
	});

	it('refuses an upload past the hourly count with 429, before resizing', async () => {
		await conn.db.insert(memberLimits).values({
			memberId: ben.id,
			action: 'image',
			windowStartedAt: new Date(),
			used: LIMITS.image.max
		});
		const err = await uploadImage(conn.db, store, ben, 'post', { bytes: png }).catch((e) => e);
		expect(err).toBeInstanceOf(RateLimited);
	});
});
