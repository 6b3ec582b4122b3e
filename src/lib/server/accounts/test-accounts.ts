import { eq, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { dispatchEvents } from '$lib/server/db/testing';
import { mailOutbox } from '$lib/server/db/schema';
import { linkIn } from '../../../../tests/smtp-sink';
import { signUp, verifyEmail } from './commands';

/** Test helpers shared by the account tests: a request's context, new people, their mail. */
export const requestContext = {
	origin: 'http://plenary.test',
	address: '192.0.2.1',
	userAgent: 'test',
	locale: 'en' as const
};

let n = 0;
/** A sign-up form for somebody new (a fresh address, handle and number each time). */
export function newPerson(overrides: Record<string, unknown> = {}) {
	n++;
	return {
		number: n,
		email: `ana.${n}@example.net`,
		password: 'a long enough passphrase',
		displayName: 'Ana Lima',
		handle: `ana_${n}`,
		country: 'BR',
		city: 'Recife',
		languages: ['pt', 'es'],
		bio: 'Co-op organiser.',
		...overrides
	};
}

/** The newest mail to an address, once the event handlers have run (as they do after a request). */
export async function lastMailTo(db: Db, email: string) {
	await dispatchEvents(db);
	const [mail] = await db
		.select()
		.from(mailOutbox)
		.where(eq(mailOutbox.toAddress, email))
		.orderBy(sql`${mailOutbox.id} desc`)
		.limit(1);
	return mail;
}

export const verifyToken = (text: string) =>
	new URL(linkIn(text, '/verify?token=')).searchParams.get('token')!;

/** Somebody who signed up from an address of their own and followed the link in the mail. */
export async function signedUpAndVerified(db: Db, overrides: Record<string, unknown> = {}) {
	const input = newPerson(overrides);
	await signUp(db, input, { ...requestContext, address: `198.51.100.${input.number % 250}` });
	await verifyEmail(db, verifyToken((await lastMailTo(db, input.email)).textBody));
	return input;
}
