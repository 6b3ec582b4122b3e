import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq, sql } from 'drizzle-orm';
import { actorFor, createTestDatabase, dispatchEvents } from '$lib/server/db/testing';
import type { Connection } from '$lib/server/db/client';
import { emailTokens, events, mailOutbox, members } from '$lib/server/db/schema';
import { TooManyRequests } from '$lib/server/errors';
import { linkIn } from '../../../../tests/smtp-sink';
import {
	lastMailTo,
	newPerson,
	requestContext,
	signedUpAndVerified,
	verifyToken
} from './test-accounts';
import { logIn, resendVerification, signUp, verifyEmail } from './commands';
import { confirmEmailChange, requestEmailChange } from './credentials';
import { mailHandler } from './mail-handler';
import { validateSession } from './sessions';

let conn: Connection;
beforeAll(async () => {
	conn = await createTestDatabase();
});
afterAll(async () => {
	await conn?.close();
});

const idOf = async (email: string) =>
	(await conn.db.select({ id: members.id }).from(members).where(eq(members.email, email)))[0].id;

describe('the mail handler', () => {
	const mailsTo = async (email: string) =>
		(
			await conn.db.select({ c: count() }).from(mailOutbox).where(eq(mailOutbox.toAddress, email))
		)[0].c;

	it('queues one mail per event, however often the events are dispatched or handled', async () => {
		const input = newPerson();
		await signUp(conn.db, input, { ...requestContext, address: '192.0.2.90' });
		await dispatchEvents(conn.db);
		await dispatchEvents(conn.db);
		expect(await mailsTo(input.email)).toBe(1);
		// A handler run again for the same event (a crash before the dispatcher's commit) sends nothing.
		const [joined] = await conn.db
			.select()
			.from(events)
			.where(eq(events.type, 'member.joined'))
			.orderBy(sql`${events.id} desc`)
			.limit(1);
		await conn.db.transaction((tx) =>
			mailHandler.handle(tx, {
				id: joined.id,
				type: 'member.joined',
				actorId: joined.actorId,
				subjectType: 'member',
				subjectId: joined.subjectId,
				data: joined.data as { country: string; origin: string },
				createdAt: joined.createdAt
			})
		);
		expect(await mailsTo(input.email)).toBe(1);
	});

	it('never writes the link into the event log, only the origin', async () => {
		const input = newPerson();
		await signUp(conn.db, input, { ...requestContext, address: '192.0.2.91' });
		const token = verifyToken((await lastMailTo(conn.db, input.email)).textBody);
		const log = await conn.db.select({ data: events.data }).from(events);
		expect(JSON.stringify(log)).not.toContain(token);
		expect(log.some((e) => JSON.stringify(e.data).includes('http://plenary.test'))).toBe(true);
	});

	it("mails in the member's language, whatever the language of the request", async () => {
		const input = newPerson({ locale: 'es' });
		await signUp(conn.db, input, { ...requestContext, address: '192.0.2.92' });
		const mail = await lastMailTo(conn.db, input.email);
		const [english] = await conn.db
			.select({ subject: mailOutbox.subject })
			.from(mailOutbox)
			.where(sql`${mailOutbox.textBody} like '%/verify?token=%'`)
			.limit(1);
		expect(mail.subject).not.toBe(english.subject);
	});

	it('two requests before the mail goes out: one mail, with the newest link', async () => {
		const input = newPerson();
		await signUp(conn.db, input, { ...requestContext, address: '192.0.2.93' });
		await dispatchEvents(conn.db);
		await resendVerification(
			conn.db,
			{ email: input.email },
			{ ...requestContext, address: '192.0.2.94' }
		);
		await resendVerification(
			conn.db,
			{ email: input.email },
			{ ...requestContext, address: '192.0.2.95' }
		);
		expect(await mailsTo(input.email)).toBe(1);
		await dispatchEvents(conn.db);
		expect(await mailsTo(input.email)).toBe(2);
		const token = verifyToken((await lastMailTo(conn.db, input.email)).textBody);
		await expect(verifyEmail(conn.db, token)).resolves.toHaveProperty('memberId');
	});

	it('mails the e-mail change link to the new address, and the link changes it', async () => {
		const verified = await signedUpAndVerified(conn.db);
		const session = await logIn(conn.db, verified, requestContext);
		const member = (await validateSession(conn.db, session.token))!.member;
		const actor = await actorFor(conn.db, member.id);
		const newAddress = `new.${verified.email}`;
		await requestEmailChange(
			conn.db,
			actor,
			{ email: newAddress, currentPassword: verified.password },
			requestContext
		);
		const mail = await lastMailTo(conn.db, newAddress);
		expect(mail.textBody).toContain('http://plenary.test/settings/account/email?token=');
		const token = new URL(linkIn(mail.textBody, '/settings/account/email?token=')).searchParams.get(
			'token'
		)!;
		await confirmEmailChange(conn.db, token);
		const [row] = await conn.db.select().from(members).where(eq(members.id, member.id));
		expect(row.email).toBe(newAddress);
	});

	it('asking for an address that is taken answers the same, and mails nobody', async () => {
		const asking = await signedUpAndVerified(conn.db);
		const owner = await signedUpAndVerified(conn.db);
		const actor = await actorFor(conn.db, await idOf(asking.email));
		await dispatchEvents(conn.db);
		const before = await mailsTo(owner.email.toUpperCase());
		const ownerBefore = await mailsTo(owner.email);
		await expect(
			requestEmailChange(
				conn.db,
				actor,
				{ email: owner.email.toUpperCase(), currentPassword: asking.password },
				{ ...requestContext, address: '192.0.2.97' }
			)
		).resolves.toBeUndefined();
		await dispatchEvents(conn.db);
		expect(await mailsTo(owner.email.toUpperCase())).toBe(before);
		expect(await mailsTo(owner.email)).toBe(ownerBefore);
		const [pending] = await conn.db
			.select({ c: count() })
			.from(emailTokens)
			.where(and(eq(emailTokens.memberId, actor.id), eq(emailTokens.purpose, 'change-email')));
		expect(pending.c).toBe(0);
	});

	it('limits e-mail changes per member and per new address, with a 429', async () => {
		const busy = await signedUpAndVerified(conn.db);
		const actor = await actorFor(conn.db, await idOf(busy.email));
		const change = (who: typeof actor, password: string, email: string) =>
			requestEmailChange(conn.db, who, { email, currentPassword: password }, requestContext);
		for (let i = 0; i < 5; i++) await change(actor, busy.password, `busy.${i}.${busy.email}`);
		await expect(change(actor, busy.password, `busy.9.${busy.email}`)).rejects.toBeInstanceOf(
			TooManyRequests
		);
		const wanted = `wanted.${busy.email}`;
		for (let i = 0; i < 3; i++) {
			const someone = await signedUpAndVerified(conn.db);
			await change(await actorFor(conn.db, await idOf(someone.email)), someone.password, wanted);
		}
		const fourth = await signedUpAndVerified(conn.db);
		await expect(
			change(await actorFor(conn.db, await idOf(fourth.email)), fourth.password, wanted)
		).rejects.toBeInstanceOf(TooManyRequests);
	});

	it('limits new verification links per address, from any IP, whether or not it has an account', async () => {
		const waiting = newPerson();
		await signUp(conn.db, waiting, { ...requestContext, address: '192.0.2.98' });
		for (const email of [waiting.email, 'nobody.at.all@example.net']) {
			const resend = (i: number) =>
				resendVerification(conn.db, { email }, { ...requestContext, address: `10.9.${i}.1` });
			for (let i = 0; i < 3; i++) await resend(i);
			await expect(resend(3)).rejects.toBeInstanceOf(TooManyRequests);
		}
	});
});
