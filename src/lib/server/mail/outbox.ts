import { desc } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { mailOutbox } from '$lib/server/db/schema';

export type Mail = { to: string; subject: string; text: string; headers?: Record<string, string> };

/** Queue a mail in the caller's transaction; the mailer delivers it after commit. */
export async function enqueueMail(tx: Queryable, mail: Mail): Promise<void> {
	await tx.insert(mailOutbox).values({
		toAddress: mail.to,
		subject: mail.subject,
		textBody: mail.text,
		headers: mail.headers ?? null
	});
}

/** The newest mails, for the development mailbox at /dev/mail. */
export function latestMail(db: Queryable, limit = 50) {
	return db
		.select({
			id: mailOutbox.id,
			to: mailOutbox.toAddress,
			subject: mailOutbox.subject,
			text: mailOutbox.textBody,
			createdAt: mailOutbox.createdAt,
			sentAt: mailOutbox.sentAt
		})
		.from(mailOutbox)
		.orderBy(desc(mailOutbox.id))
		.limit(limit);
}
