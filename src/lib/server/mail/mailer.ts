import { eq, sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Db } from '$lib/server/db/client';
import { mailOutbox } from '$lib/server/db/schema';
import { backgroundWorker } from '$lib/server/background';

const MAX_ATTEMPTS = 5;
const POLL_MS = 30_000;

export type Mailer = { kick: () => void; stop: () => Promise<void>; flush: () => Promise<void> };

/**
 * Delivers queued mail over SMTP. Each row is claimed in one statement (`for update skip locked`)
 * and sent outside any transaction, so a slow SMTP server never holds a database connection
 * and several app nodes share the work without sending a mail twice.
 */
export function startMailer(db: Db, smtpUrl: string | undefined, from: string): Mailer {
	if (!smtpUrl) {
		// Without SMTP the mail stays in the outbox (the development mailbox shows it).
		return { kick: () => {}, stop: async () => {}, flush: async () => {} };
	}
	const transport = nodemailer.createTransport(smtpUrl);
	/**
	 * Claim one mail and mark it as being sent, in one committed statement, then send it. A process
	 * that dies during the SMTP exchange leaves `sending_at` behind: the server may already have the
	 * mail, so it is never claimed again (never sent twice; /dev/mail and the log show it). A mail
	 * the server refused is released for a later try, with a growing pause.
	 */
	async function deliverOne(): Promise<boolean> {
		const claimed = await db.execute<{
			id: number;
			to_address: string;
			subject: string;
			text_body: string;
			headers: Record<string, string> | null;
		}>(sql`
			update mail_outbox set attempts = attempts + 1, sending_at = now(),
				claimed_until = now() + interval '2 minutes'
			where id = (
				select id from mail_outbox
				where sent_at is null and sending_at is null and attempts < ${MAX_ATTEMPTS}
					and (claimed_until is null or claimed_until < now())
				order by id limit 1 for update skip locked)
			returning id, to_address, subject, text_body, headers`);
		const mail = claimed.rows[0];
		if (!mail) return false;
		try {
			await transport.sendMail({
				from,
				to: mail.to_address,
				subject: mail.subject,
				text: mail.text_body,
				headers: mail.headers ?? undefined
			});
			await db
				.update(mailOutbox)
				.set({ sentAt: sql`now()`, sendingAt: null, lastError: null })
				.where(eq(mailOutbox.id, Number(mail.id)));
		} catch (err) {
			const message = err instanceof Error ? err.message : String(err);
			// Wait before the next try, longer each time (1, 4, 9, 16 minutes), so a broken
			// SMTP server is not hammered and a passing fault has time to clear.
			await db
				.update(mailOutbox)
				.set({
					sendingAt: null,
					lastError: message.slice(0, 500),
					claimedUntil: sql`now() + make_interval(mins => ${mailOutbox.attempts} * ${mailOutbox.attempts})`
				})
				.where(eq(mailOutbox.id, Number(mail.id)));
		}
		return true;
	}

	async function deliverBatch(): Promise<number> {
		let n = 0;
		while (n < 20 && (await deliverOne())) n++;
		return n;
	}

	const worker = backgroundWorker('mail delivery', deliverBatch, POLL_MS);
	return {
		kick: worker.kick,
		flush: worker.flush,
		stop: async () => {
			await worker.stop();
			transport.close();
		}
	};
}
