import { afterAll, beforeAll, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createDemoDatabase } from '$lib/server/db/testing';
import type { Connection } from '$lib/server/db/client';
import { conventions } from '$lib/server/db/schema';
import { documentRegister } from '$lib/server/conventions/documents';
import { conventionPage, minutesPage } from '$lib/server/conventions/queries';

let conn: Connection;
beforeAll(async () => {
	conn = await createDemoDatabase();
}, 300_000);
afterAll(async () => {
	await conn?.close();
});

it('has the founding documents, a founding convention in preparation and a past chapter convention with minutes', async () => {
	const db = conn.db;
	const register = await documentRegister(db);
	expect(register.map((d) => d.title)).toEqual(
		expect.arrayContaining([
			'Mission',
			'Vision',
			'Organisation',
			'Membership rules',
			'Chapter charter'
		])
	);
	expect(register.find((d) => d.title === 'Organisation')?.status).toBe('under-amendment');
	expect(register.find((d) => d.title === 'Chapter charter')?.status).toBe('ratified');

	const [founding] = await db.select().from(conventions).where(eq(conventions.phase, 'preparing'));
	const page = await conventionPage(db, null, founding.id);
	expect(page.items.length).toBeGreaterThanOrEqual(5);
	expect(page.delegation?.reduce((n, r) => n + r.seats, 0)).toBe(60);

	const [past] = await db.select().from(conventions).where(eq(conventions.phase, 'closed'));
	const minutes = await minutesPage(db, null, past.id);
	const kinds = new Set(minutes.entries.map((e) => e.kind));
	for (const kind of [
		'opened',
		'agenda-adopted',
		'speaker',
		'motion',
		'result',
		'ratified',
		'closed'
	])
		expect(kinds).toContain(kind);
});
