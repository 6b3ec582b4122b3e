import { H as mailOutbox } from "./i18n.js";
import { desc } from "drizzle-orm";
// src/lib/server/mail/outbox.ts
/** Queue a mail in the caller's transaction; the mailer delivers it after commit. */
async function enqueueMail(tx, mail) {
	await tx.insert(mailOutbox).values({
		toAddress: mail.to,
		subject: mail.subject,
		textBody: mail.text
	});
}
/** The newest mails, for the development mailbox at /dev/mail. */
function latestMail(db, limit = 50) {
	return db.select({
		id: mailOutbox.id,
		to: mailOutbox.toAddress,
		subject: mailOutbox.subject,
		text: mailOutbox.textBody,
		createdAt: mailOutbox.createdAt,
		sentAt: mailOutbox.sentAt
	}).from(mailOutbox).orderBy(desc(mailOutbox.id)).limit(limit);
}
export { latestMail as n, enqueueMail as t };
