import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { actorFor, createTestDatabase, dispatchEvents } from '$lib/server/db/testing';
import type { Connection } from '$lib/server/db/client';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import {
	chapterMemberships,
	chapters,
	emailTokens,
	events,
	knownDevices,
	mailOutbox,
	members,
	sessions
} from '$lib/server/db/schema';
import { Conflict, Forbidden, Gone, Invalid, NotFound, TooManyRequests } from '$lib/server/errors';
import { profileByHandle } from '$lib/server/members/queries';
import { imageFile, uploadImage } from '$lib/server/writing/images';
import { FolderStore } from '$lib/server/writing/media-store';
import { linkIn } from '../../../../tests/smtp-sink';
import {
	lastMailTo,
	newPerson,
	requestContext,
	signedUpAndVerified,
	verifyToken
} from './test-accounts';
import { logIn, logOutElsewhere, revokeSession, signUp, verifyEmail } from './commands';
import { changePassword, deleteAccount, requestPasswordReset, resetPassword } from './credentials';
import { sessionList, validateSession } from './sessions';

let conn: Connection;
beforeAll(async () => {
	conn = await createTestDatabase();
});
afterAll(async () => {
	await conn?.close();
});

async function rowCount(
	table: typeof members | typeof events | typeof mailOutbox | typeof sessions
) {
	const [{ c }] = await conn.db.select({ c: count() }).from(table);
	return c;
}

const placedIn = (memberId: number) =>
	conn.db
		.select({ chapterId: chapterMemberships.chapterId })
		.from(chapterMemberships)
		.where(eq(chapterMemberships.memberId, memberId));

describe('signUp', () => {
	it('creates the member, queues a verification mail and appends member.joined, all together', async () => {
		const input = newPerson();
		const before = await rowCount(events);
		const { memberId } = await signUp(conn.db, input, requestContext);
		// The mail is the mail handler's: nothing is queued until the events are dispatched.
		const [queued] = await conn.db
			.select({ c: count() })
			.from(mailOutbox)
			.where(eq(mailOutbox.toAddress, input.email));
		expect(queued.c).toBe(0);
		const [member] = await conn.db.select().from(members).where(eq(members.id, memberId));
		expect(member).toMatchObject({
			handle: input.handle,
			country: 'BR',
			emailVerifiedAt: null,
			languages: ['pt', 'es']
		});
		expect(member.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		expect((await lastMailTo(conn.db, input.email)).textBody).toContain(
			'http://plenary.test/verify?token='
		);
		// Only member.joined: an address nobody has confirmed is placed nowhere and creates no chapter.
		const added = await conn.db
			.select({ type: events.type })
			.from(events)
			.orderBy(events.id)
			.offset(before);
		expect(added.map((e) => e.type)).toEqual(['member.joined']);
		expect(await placedIn(memberId)).toEqual([]);
		const someMember = await signedUpAndVerified(conn.db, { country: 'PT', city: 'Porto' });
		const [{ id: someId }] = await conn.db
			.select({ id: members.id })
			.from(members)
			.where(eq(members.email, someMember.email));
		const viewer = await actorFor(conn.db, someId);
		await expect(profileByHandle(conn.db, viewer, input.handle)).rejects.toBeInstanceOf(NotFound);

		// Confirming the address places the member: chapter.created for the local and country
		// chapters (the first member there), then member.placed; and the profile is public.
		const atConfirmation = await rowCount(events);
		await verifyEmail(conn.db, verifyToken((await lastMailTo(conn.db, input.email)).textBody));
		const confirmed = await conn.db
			.select({ type: events.type })
			.from(events)
			.orderBy(events.id)
			.offset(atConfirmation);
		expect(confirmed.map((e) => e.type)).toEqual([
			'member.verified',
			'chapter.created',
			'chapter.created',
			'member.placed'
		]);
		expect(await placedIn(memberId)).toHaveLength(1);
		await expect(profileByHandle(conn.db, viewer, input.handle)).resolves.toHaveProperty(
			'handle',
			input.handle
		);
	});

	it('an unconfirmed sign-up in a new city creates no chapter; a reset link confirms and places', async () => {
		const input = newPerson({ city: 'Nowhere Unconfirmed' });
		const { memberId } = await signUp(conn.db, input, { ...requestContext, address: '192.0.2.40' });
		const unconfirmedChapters = await conn.db
			.select({ c: count() })
			.from(chapters)
			.where(eq(chapters.name, 'Nowhere Unconfirmed'));
		expect(unconfirmedChapters[0].c).toBe(0);
		await requestPasswordReset(
			conn.db,
			{ email: input.email },
			{ ...requestContext, address: '192.0.2.40' }
		);
		const token = linkIn((await lastMailTo(conn.db, input.email)).textBody, '/reset/').split(
			'/reset/'
		)[1];
		await resetPassword(conn.db, { token, password: 'a brand new passphrase' });
		expect(await placedIn(memberId)).toHaveLength(1);
	});

	it.each([
		[{ email: 'nope' }, 'email', 'error_email_invalid'],
		[{ password: 'short' }, 'password', 'error_password_short'],
		[{ password: 'password123' }, 'password', 'error_password_weak'],
		[{ password: 'aaaaaaaaaaaa' }, 'password', 'error_password_weak'],
		[{ handle: '9lives' }, 'handle', 'error_handle_format'],
		[{ handle: 'admin' }, 'handle', 'error_handle_taken'],
		[{ country: 'XX' }, 'country', 'error_country_unknown'],
		[{ country: 'Narnia' }, 'country', 'error_country_unknown'],
		[{ languages: ['klingon'] }, 'languages', 'error_language_unknown'],
		[{ displayName: 'x'.repeat(81) }, 'displayName', 'error_too_long'],
		[{ bio: 'x'.repeat(501) }, 'bio', 'error_too_long']
	])('refuses %o with %s: %s and changes nothing', async (overrides, field, key) => {
		const before = await rowCount(members);
		const input = newPerson(overrides);
		const err = await signUp(conn.db, input, {
			...requestContext,
			address: `203.0.113.${input.number % 250}`
		}).catch((e) => e);
		expect(err).toBeInstanceOf(Invalid);
		expect(err.fields[field]).toBe(key);
		expect(await rowCount(members)).toBe(before);
	});

	it('refuses a duplicate e-mail or handle, whatever the case, with a conflict', async () => {
		const first = newPerson();
		await signUp(conn.db, first, requestContext);
		const before = await rowCount(members);
		const byEmail = await signUp(
			conn.db,
			newPerson({ email: first.email.toUpperCase() }),
			requestContext
		).catch((e) => e);
		expect(byEmail).toBeInstanceOf(Conflict);
		expect(byEmail.fields).toEqual({ email: 'error_email_taken' });
		const byHandle = await signUp(
			conn.db,
			newPerson({ handle: first.handle.toUpperCase() }),
			requestContext
		).catch((e) => e);
		expect(byHandle.fields).toEqual({ handle: 'error_handle_taken' });
		expect(await rowCount(members)).toBe(before);
	});

	it('throttles sign-ups from one address', async () => {
		const address = '192.0.2.200';
		for (let i = 0; i < 10; i++) await signUp(conn.db, newPerson(), { ...requestContext, address });
		await expect(
			signUp(conn.db, newPerson(), { ...requestContext, address })
		).rejects.toBeInstanceOf(TooManyRequests);
	});
});

describe('verification links', () => {
	it('verify once; a reused link is gone and an unknown one is invalid', async () => {
		const input = newPerson();
		await signUp(conn.db, input, { ...requestContext, address: '192.0.2.50' });
		const token = new URL(
			linkIn((await lastMailTo(conn.db, input.email)).textBody, '/verify?token=')
		).searchParams.get('token')!;
		await verifyEmail(conn.db, token);
		await expect(verifyEmail(conn.db, token)).rejects.toBeInstanceOf(Gone);
		await expect(verifyEmail(conn.db, 'x'.repeat(43))).rejects.toBeInstanceOf(Invalid);
	});

	it('an expired link is gone', async () => {
		const input = newPerson();
		await signUp(conn.db, input, { ...requestContext, address: '192.0.2.51' });
		const token = new URL(
			linkIn((await lastMailTo(conn.db, input.email)).textBody, '/verify?token=')
		).searchParams.get('token')!;
		await conn.db.update(emailTokens).set({ expiresAt: new Date(Date.now() - 1000) });
		await expect(verifyEmail(conn.db, token)).rejects.toBeInstanceOf(Gone);
	});
});

describe('logIn', () => {
	it('needs a verified address, then starts a session', async () => {
		const input = newPerson();
		await signUp(conn.db, input, { ...requestContext, address: '192.0.2.60' });
		await expect(logIn(conn.db, input, requestContext)).rejects.toBeInstanceOf(Forbidden);
		const verified = await signedUpAndVerified(conn.db);
		const session = await logIn(
			conn.db,
			{ email: verified.email.toUpperCase(), password: verified.password },
			requestContext
		);
		const found = await validateSession(conn.db, session.token);
		expect(found?.member.handle).toBe(verified.handle);
	});

	it('renews a session only in the second half of its life, and says so (the cookie goes again)', async () => {
		const verified = await signedUpAndVerified(conn.db);
		const session = await logIn(conn.db, verified, { ...requestContext, address: '192.0.2.61' });
		const fresh = await validateSession(conn.db, session.token);
		expect(fresh?.renewed).toBe(false);
		expect(fresh?.expiresAt.getTime()).toBe(session.expiresAt.getTime());
		const id = fresh!.sessionId;
		const soon = new Date(Date.now() + 3 * 24 * 60 * 60 * 1000);
		await conn.db.update(sessions).set({ expiresAt: soon }).where(eq(sessions.id, id));
		const renewed = await validateSession(conn.db, session.token);
		expect(renewed?.renewed).toBe(true);
		expect(renewed!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 29 * 24 * 60 * 60 * 1000);
		expect((await validateSession(conn.db, session.token))?.renewed).toBe(false);
	});

	/** Members signed up and logged in, each from an address of its own from 192.0.2.`first`. */
	async function loggedIn(n: number, first: number) {
		const people = [];
		for (let i = 0; i < n; i++) people.push(await signedUpAndVerified(conn.db));
		const tokens = await Promise.all(
			people.map(
				async (p, i) =>
					(await logIn(conn.db, p, { ...requestContext, address: `192.0.2.${first + i}` })).token
			)
		);
		return { people, tokens };
	}

	it('reads sessions asked for at the same moment together, each for its own member', async () => {
		const { people, tokens } = await loggedIn(6, 80);
		const ended = tokens[5];
		await conn.db
			.update(sessions)
			.set({ expiresAt: new Date(Date.now() - 1000) })
			.where(eq(sessions.id, (await validateSession(conn.db, ended))!.sessionId));
		// Asked at once, in a shuffled order, one of them twice, with an unknown and an ended one.
		const asked = [tokens[3], tokens[0], 'no-such-session', tokens[4], tokens[1], tokens[3], ended];
		const found = await Promise.all(asked.map((token) => validateSession(conn.db, token)));
		expect(found.map((f) => f?.member.handle ?? null)).toEqual([
			people[3].handle,
			people[0].handle,
			null,
			people[4].handle,
			people[1].handle,
			people[3].handle,
			null
		]);
		expect(found.map((f) => f?.actor?.id ?? null)).toEqual(found.map((f) => f?.member.id ?? null));
	});

	it('writes what sessions asked for at the same moment have due, each its own', async () => {
		const { tokens } = await loggedIn(4, 90);
		const first = await Promise.all(tokens.map((t) => validateSession(conn.db, t)));
		const ids = first.map((f) => f!.sessionId);
		const memberIds = first.map((f) => f!.member.id);
		const hourAgo = new Date(Date.now() - 3_600_000);
		const soon = new Date(Date.now() + 3 * 86_400_000);
		const later = new Date(Date.now() + 25 * 86_400_000);
		// 0: due for renewal; 1: only "last seen" due; 2: member inactive for two days; 3: nothing due.
		const set = async (i: number, seen: Date, expires: Date, active: Date) => {
			await conn.db
				.update(sessions)
				.set({ lastSeenAt: seen, expiresAt: expires })
				.where(eq(sessions.id, ids[i]));
			await conn.db
				.update(members)
				.set({ lastActiveAt: active })
				.where(eq(members.id, memberIds[i]));
		};
		const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000);
		await set(0, hourAgo, soon, new Date());
		await set(1, hourAgo, later, new Date());
		await set(2, new Date(), later, twoDaysAgo);
		const untouched = new Date(Date.now() - 60_000);
		await set(3, untouched, later, untouched);
		const started = Date.now() - 1000;
		const found = await Promise.all(tokens.map((t) => validateSession(conn.db, t)));
		expect(found.map((f) => f?.renewed)).toEqual([true, false, false, false]);
		const rows = await Promise.all(
			ids.map(async (id, i) => {
				const [s] = await conn.db.select().from(sessions).where(eq(sessions.id, id));
				const [m] = await conn.db.select().from(members).where(eq(members.id, memberIds[i]));
				return { seen: s.lastSeenAt.getTime(), expires: s.expiresAt, active: m.lastActiveAt };
			})
		);
		expect(rows[0].expires.getTime()).toBe(found[0]!.expiresAt.getTime());
		expect(rows[0].expires.getTime()).toBeGreaterThan(later.getTime());
		expect(rows[0].seen).toBeGreaterThan(started);
		expect(rows[1].seen).toBeGreaterThan(started);
		expect(rows[1].expires.getTime()).toBe(later.getTime());
		expect(rows[2].active.getTime()).toBeGreaterThan(started);
		expect(rows[3]).toEqual({ seen: untouched.getTime(), expires: later, active: untouched });
	});

	it('gives the same answer for an unknown address and a wrong password', async () => {
		const verified = await signedUpAndVerified(conn.db);
		const wrong = await logIn(
			conn.db,
			{ email: verified.email, password: 'not it at all' },
			{ ...requestContext, address: '192.0.2.70' }
		).catch((e) => e);
		const unknown = await logIn(
			conn.db,
			{ email: 'nobody@example.net', password: 'not it at all' },
			{ ...requestContext, address: '192.0.2.70' }
		).catch((e) => e);
		expect(wrong).toBeInstanceOf(Invalid);
		expect(unknown).toBeInstanceOf(Invalid);
		expect(wrong.messageKey).toBe(unknown.messageKey);
	});
});

describe('passwords and sessions', () => {
	it('reset: same answer for unknown addresses; the link sets a new password and ends every session', async () => {
		const verified = await signedUpAndVerified(conn.db);
		const session = await logIn(conn.db, verified, requestContext);
		const mailsBefore = await rowCount(mailOutbox);
		await requestPasswordReset(
			conn.db,
			{ email: 'nobody@example.net' },
			{ ...requestContext, address: '192.0.2.80' }
		);
		await dispatchEvents(conn.db);
		expect(await rowCount(mailOutbox)).toBe(mailsBefore);
		await requestPasswordReset(
			conn.db,
			{ email: verified.email },
			{ ...requestContext, address: '192.0.2.80' }
		);
		const token = linkIn((await lastMailTo(conn.db, verified.email)).textBody, '/reset/').split(
			'/reset/'
		)[1];
		await expect(resetPassword(conn.db, { token, password: 'short' })).rejects.toBeInstanceOf(
			Invalid
		);
		await resetPassword(conn.db, { token, password: 'a brand new passphrase' });
		expect(await validateSession(conn.db, session.token)).toBeNull();
		await expect(
			resetPassword(conn.db, { token, password: 'another new passphrase' })
		).rejects.toBeInstanceOf(Gone);
		await expect(
			logIn(conn.db, { email: verified.email, password: 'a brand new passphrase' }, requestContext)
		).resolves.toHaveProperty('token');
	});

	it('changing the password keeps this session and ends the others', async () => {
		const verified = await signedUpAndVerified(conn.db);
		const here = await logIn(conn.db, verified, requestContext);
		const there = await logIn(conn.db, verified, requestContext);
		const member = (await validateSession(conn.db, here.token))!.member;
		const actor = await actorFor(conn.db, member.id);
		await expect(
			changePassword(
				conn.db,
				actor,
				{ currentPassword: 'wrong', newPassword: 'new passphrase here' },
				here.token
			)
		).rejects.toBeInstanceOf(Invalid);
		await changePassword(
			conn.db,
			actor,
			{ currentPassword: verified.password, newPassword: 'new passphrase here' },
			here.token
		);
		expect(await validateSession(conn.db, here.token)).not.toBeNull();
		expect(await validateSession(conn.db, there.token)).toBeNull();
	});

	it('lists the sessions with this one marked; ends one, or all the others, never a stranger’s', async () => {
		const verified = await signedUpAndVerified(conn.db);
		const here = await logIn(conn.db, verified, { ...requestContext, userAgent: 'Here/1' });
		const phone = await logIn(conn.db, verified, { ...requestContext, userAgent: 'Phone/1' });
		const laptop = await logIn(conn.db, verified, { ...requestContext, userAgent: 'Laptop/1' });
		const { member } = (await validateSession(conn.db, here.token))!;
		const actor = await actorFor(conn.db, member.id);
		const list = await sessionList(conn.db, member.id, here.token);
		expect(list.map((s) => [s.userAgent, s.current]).sort()).toEqual([
			['Here/1', true],
			['Laptop/1', false],
			['Phone/1', false]
		]);
		expect(list.every((s) => s.lastSeenAt instanceof Date)).toBe(true);

		const stranger = await signedUpAndVerified(conn.db);
		const theirs = await logIn(conn.db, stranger, requestContext);
		const theirId = (
			await sessionList(conn.db, (await validateSession(conn.db, theirs.token))!.member.id, null)
		)[0].id;
		await expect(revokeSession(conn.db, actor, theirId)).rejects.toBeInstanceOf(NotFound);
		expect(await validateSession(conn.db, theirs.token)).not.toBeNull();

		const phoneId = list.find((s) => s.userAgent === 'Phone/1')!.id;
		await revokeSession(conn.db, actor, phoneId);
		expect(await validateSession(conn.db, phone.token)).toBeNull();
		expect(await validateSession(conn.db, laptop.token)).not.toBeNull();
		await logOutElsewhere(conn.db, actor, here.token);
		expect(await validateSession(conn.db, laptop.token)).toBeNull();
		expect(await validateSession(conn.db, here.token)).not.toBeNull();
	});

	it('deleting an account needs the password and the handle, then erases personal data, photos and mail', async () => {
		const verified = await signedUpAndVerified(conn.db);
		const session = await logIn(conn.db, verified, requestContext);
		const member = (await validateSession(conn.db, session.token))!.member;
		const actor = await actorFor(conn.db, member.id);
		const store = new FolderStore(await mkdtemp(join(tmpdir(), 'plenary-erase-')));
		const bytes = await sharp({
			create: { width: 300, height: 200, channels: 3, background: '#3a6' }
		})
			.png()
			.toBuffer();
		const photo = await uploadImage(conn.db, store, actor, 'avatar', { bytes });
		const photoKey = photo.url.split('/').pop()!;
		expect(await imageFile(conn.db, photoKey)).not.toBeNull();
		// A mail still waiting for the mailer.
		await requestPasswordReset(
			conn.db,
			{ email: verified.email },
			{ ...requestContext, address: '192.0.2.81' }
		);
		expect(await lastMailTo(conn.db, verified.email)).toBeDefined();

		await expect(
			deleteAccount(
				conn.db,
				actor,
				{ currentPassword: verified.password, confirmHandle: 'someone_else' },
				store
			)
		).rejects.toBeInstanceOf(Invalid);
		await deleteAccount(
			conn.db,
			actor,
			{ currentPassword: verified.password, confirmHandle: verified.handle },
			store
		);
		const [row] = await conn.db.select().from(members).where(eq(members.id, member.id));
		expect(row).toMatchObject({ displayName: '', bio: '', city: null, passwordHash: '!' });
		expect(row.email).not.toContain(verified.email);
		expect(await validateSession(conn.db, session.token)).toBeNull();
		await expect(logIn(conn.db, verified, requestContext)).rejects.toBeInstanceOf(Invalid);
		// The photo: no row (so /media/<key> answers 404) and no file in any size.
		expect(await imageFile(conn.db, photoKey)).toBeNull();
		expect(await store.get(`${photoKey}-small.webp`)).toBeNull();
		expect(await store.get(`${photoKey}-large.webp`)).toBeNull();
		// Nothing else tied to the person: links, remembered browsers, mail to the address.
		for (const table of [emailTokens, knownDevices] as const) {
			const [left] = await conn.db
				.select({ c: count() })
				.from(table)
				.where(eq(table.memberId, member.id));
			expect(left.c).toBe(0);
		}
		const [mail] = await conn.db
			.select({ c: count() })
			.from(mailOutbox)
			.where(eq(mailOutbox.toAddress, verified.email));
		expect(mail.c).toBe(0);
	});
});
