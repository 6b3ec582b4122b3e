import { afterAll, beforeAll, expect, it } from 'vitest';
import { isNull } from 'drizzle-orm';
import { createTestDatabase } from '$lib/server/db/testing';
import type { Connection } from '$lib/server/db/client';
import { mailOutbox } from '$lib/server/db/schema';
import { startSmtpSink } from '../../../../tests/smtp-sink';
import { startMailer } from './mailer';
import { enqueueMail } from './outbox';

let conn: Connection;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
beforeAll(async () => {
	conn = await createTestDatabase();
	smtp = await startSmtpSink();
});
afterAll(async () => {
	await conn?.close();
	await smtp?.close();
});

it('delivers queued mail over a real SMTP exchange, once', async () => {
	await conn.db.transaction(async (tx) => {
		await enqueueMail(tx, {
			to: 'rosa@example.net',
			subject: 'Hola',
			text: 'Una línea con acentos: ñ, é.'
		});
		await enqueueMail(tx, { to: 'kwame@example.net', subject: 'Hello', text: 'Second mail' });
	});
	const mailer = startMailer(conn.db, smtp.url, 'Plenary <no-reply@plenary.test>');
	await mailer.flush();
	await mailer.flush();
	await mailer.stop();
	expect(smtp.received.map((m) => [m.to, m.subject])).toEqual([
		[['rosa@example.net'], 'Hola'],
		[['kwame@example.net'], 'Hello']
	]);
	expect(smtp.received[0].text.trim()).toBe('Una línea con acentos: ñ, é.');
	expect(await conn.db.select().from(mailOutbox).where(isNull(mailOutbox.sentAt))).toEqual([]);
});

it('keeps mail that a rolled-back transaction queued out of the outbox', async () => {
	await conn.db
		.transaction(async (tx) => {
			await enqueueMail(tx, { to: 'ghost@example.net', subject: 'Never', text: '…' });
			throw new Error('rollback');
		})
		.catch(() => {});
	const rows = await conn.db.select().from(mailOutbox);
	expect(rows.some((r) => r.toAddress === 'ghost@example.net')).toBe(false);
});

it('keeps a mail for a retry when the SMTP server is down', async () => {
	await enqueueMail(conn.db, { to: 'later@example.net', subject: 'Retry', text: '…' });
	const mailer = startMailer(conn.db, 'smtp://127.0.0.1:1', 'Plenary <no-reply@plenary.test>');
	await mailer.flush();
	await mailer.stop();
	const [row] = await conn.db.select().from(mailOutbox).where(isNull(mailOutbox.sentAt));
	expect(row).toMatchObject({ toAddress: 'later@example.net', attempts: 1 });
	expect(row.lastError).toBeTruthy();
});
