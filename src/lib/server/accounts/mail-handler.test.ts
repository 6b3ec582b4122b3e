import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq, sql } from 'drizzle-orm';
import { actorFor, createTestDatabase, dispatchEvents } from '$lib/server/db/testing';
import type { Connection } from '$lib/server/db/client';
import { events, mailOutbox, members } from '$lib/server/db/schema';
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
});
