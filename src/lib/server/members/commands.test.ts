import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { actorFor, createTestDatabase } from '$lib/server/db/testing';
import type { Actor } from '$lib/domain/members/actor';
import type { Connection } from '$lib/server/db/client';
import { events, members } from '$lib/server/db/schema';
import { Forbidden, Invalid, NotFound, Unauthenticated } from '$lib/server/errors';
import { setLocale, setTheme, updatePreferences, updateProfile } from './commands';
import { profileByHandle } from './queries';

let conn: Connection;
let ana: Actor;
let ben: Actor;

beforeAll(async () => {
	conn = await createTestDatabase();
	const rows = await conn.db
		.insert(members)
		.values([
			{
				email: 'ana@example.net',
				passwordHash: '!',
				handle: 'ana',
				displayName: 'Ana',
				country: 'BR',
				emailVerifiedAt: new Date(),
				inDirectory: true
			},
			{
				email: 'ben@example.net',
				passwordHash: '!',
				handle: 'Ben_K',
				displayName: 'Ben',
				country: 'KE',
				emailVerifiedAt: new Date(),
				inDirectory: true
			}
		])
		.returning({ id: members.id });
	[ana, ben] = await Promise.all(rows.map((r) => actorFor(conn.db, r.id)));
});
afterAll(async () => {
	await conn?.close();
});

const profile = {
	displayName: 'Ana Lima',
	country: 'PT',
	city: 'Porto',
	languages: ['pt'],
	bio: 'Hello'
};

describe('updateProfile', () => {
	it('changes the own profile and appends member.profile-updated', async () => {
		await updateProfile(conn.db, ana, ana.id, profile);
		const [row] = await conn.db.select().from(members).where(eq(members.id, ana.id));
		expect(row).toMatchObject({ displayName: 'Ana Lima', country: 'PT', city: 'Porto' });
		const log = await conn.db.select().from(events).where(eq(events.subjectId, ana.id));
		expect(log.map((e) => e.type)).toContain('member.profile-updated');
	});

	it("refuses to change another member's profile, and changes nothing", async () => {
		await expect(
			updateProfile(conn.db, ben, ana.id, { ...profile, displayName: 'Hijacked' })
		).rejects.toBeInstanceOf(Forbidden);
		const [row] = await conn.db.select().from(members).where(eq(members.id, ana.id));
		expect(row.displayName).toBe('Ana Lima');
	});

	it('refuses an unknown country or language', async () => {
		await expect(
			updateProfile(conn.db, ana, ana.id, { ...profile, country: 'ZZ' })
		).rejects.toBeInstanceOf(Invalid);
		await expect(
			updateProfile(conn.db, ana, ana.id, { ...profile, languages: ['pt', 'pt'] })
		).rejects.toBeInstanceOf(Invalid);
	});
});

describe('preferences', () => {
	it('accepts a real time zone, also in a newer spelling, and refuses a made-up one', async () => {
		await updatePreferences(conn.db, ana, ana.id, { locale: 'es', timeZone: 'Asia/Kolkata' });
		await expect(
			updatePreferences(conn.db, ana, ana.id, { locale: 'es', timeZone: 'Mars/Olympus_Mons' })
		).rejects.toBeInstanceOf(Invalid);
		await expect(
			updatePreferences(conn.db, ana, ana.id, { locale: 'xx', timeZone: 'UTC' })
		).rejects.toBeInstanceOf(Invalid);
		await expect(
			updatePreferences(conn.db, ben, ana.id, { locale: 'en', timeZone: 'UTC' })
		).rejects.toBeInstanceOf(Forbidden);
		const [row] = await conn.db.select().from(members).where(eq(members.id, ana.id));
		expect(row).toMatchObject({ locale: 'es', timeZone: 'Asia/Kolkata' });
	});

	it('the language switcher only takes a supported language', async () => {
		await expect(setLocale(conn.db, ben, 'klingon')).rejects.toBeInstanceOf(Invalid);
		await setLocale(conn.db, ben, 'ar');
		const [row] = await conn.db.select().from(members).where(eq(members.id, ben.id));
		expect(row.locale).toBe('ar');
	});

	it('keeps the colours chosen while logged in on the account, with its event, and only the known ones', async () => {
		await expect(setTheme(conn.db, null, 'dark')).rejects.toBeInstanceOf(Unauthenticated);
		await expect(setTheme(conn.db, ben, 'purple')).rejects.toBeInstanceOf(Invalid);
		const [before] = await conn.db.select().from(members).where(eq(members.id, ben.id));
		expect(before.theme).toBeNull();
		await setTheme(conn.db, ben, 'dark');
		const [row] = await conn.db.select().from(members).where(eq(members.id, ben.id));
		expect(row.theme).toBe('dark');
		const [event] = await conn.db
			.select()
			.from(events)
			.where(eq(events.type, 'member.theme-chosen'));
		expect(event).toMatchObject({ subjectId: ben.id, data: { theme: 'dark' } });
	});
});

describe('profileByHandle', () => {
	it('finds a member whatever the case, and shows the e-mail address only to its owner', async () => {
		const asVisitor = await profileByHandle(conn.db, null, 'ben_k');
		expect(asVisitor).toMatchObject({ handle: 'Ben_K', email: null, own: false });
		const asOther = await profileByHandle(conn.db, ana, 'BEN_K');
		expect(asOther.email).toBeNull();
		const asSelf = await profileByHandle(conn.db, ben, 'Ben_K');
		expect(asSelf).toMatchObject({ email: 'ben@example.net', own: true });
	});

	it('does not find unknown, overlong or erased handles', async () => {
		await expect(profileByHandle(conn.db, null, 'nobody')).rejects.toBeInstanceOf(NotFound);
		await expect(profileByHandle(conn.db, null, 'x'.repeat(200))).rejects.toBeInstanceOf(NotFound);
		await conn.db.update(members).set({ deletedAt: new Date() }).where(eq(members.id, ben.id));
		await expect(profileByHandle(conn.db, null, 'Ben_K')).rejects.toBeInstanceOf(NotFound);
	});
});
