/**
 * Single-use links sent by e-mail (verification, password reset, e-mail change). A command only
 * *requests* a link: it records a pending row (who, what for, which address) in its transaction.
 * The mail handler then *issues* it: it makes the secret, stores only its hash in place of the
 * pending id and queues the mail. So the secret never passes through the event log, and a handler
 * that runs twice for the same event finds nothing pending the second time and sends nothing.
 */
import { randomBytes } from 'node:crypto';
import { and, eq, like, sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { emailTokens } from '$lib/server/db/schema';
import { Gone, Invalid } from '$lib/server/errors';
import { hashToken, newToken } from './tokens';

export type LinkPurpose = 'verify-email' | 'reset-password' | 'change-email';

const LIFETIME_HOURS: Record<LinkPurpose, number> = {
	'verify-email': 48,
	'reset-password': 1,
	'change-email': 24
};

/** A pending row's id: never a SHA-256 in hex, so no token can ever match it. */
const PENDING = 'pending:';

const expiry = (purpose: LinkPurpose) => new Date(Date.now() + LIFETIME_HOURS[purpose] * 3600_000);

/**
 * Ask for a link to be mailed to `email`, in the caller's transaction; earlier unused links of the
 * same purpose stop working (a pending one too: only the newest request is mailed).
 */
export async function requestLink(
	tx: Queryable,
	memberId: number,
	purpose: LinkPurpose,
	email: string
): Promise<void> {
	await tx
		.update(emailTokens)
		.set({ usedAt: sql`now()` })
		.where(
			and(
				eq(emailTokens.memberId, memberId),
				eq(emailTokens.purpose, purpose),
				sql`${emailTokens.usedAt} is null`
			)
		);
	await tx.insert(emailTokens).values({
		id: PENDING + randomBytes(16).toString('hex'),
		memberId,
		purpose,
		email,
		expiresAt: expiry(purpose)
	});
}

/**
 * Issue the member's pending link of this purpose: the secret to mail and the address to mail it
 * to, or null when nothing is pending (already issued, or superseded by a newer request).
 */
export async function issueRequestedLink(
	tx: Queryable,
	memberId: number,
	purpose: LinkPurpose
): Promise<{ token: string; email: string } | null> {
	const [pending] = await tx
		.select({ id: emailTokens.id, email: emailTokens.email })
		.from(emailTokens)
		.where(
			and(
				eq(emailTokens.memberId, memberId),
				eq(emailTokens.purpose, purpose),
				like(emailTokens.id, `${PENDING}%`),
				sql`${emailTokens.usedAt} is null`
			)
		)
		.orderBy(sql`${emailTokens.createdAt} desc`)
		.limit(1)
		.for('update');
	if (!pending) return null;
	const { token, id } = newToken();
	await tx
		.update(emailTokens)
		.set({ id, createdAt: sql`now()`, expiresAt: expiry(purpose) })
		.where(eq(emailTokens.id, pending.id));
	return { token, email: pending.email };
}

/**
 * A link token, locked for the caller's transaction, so two clicks racing on the same link cannot
 * both succeed. Unknown → 400; used or expired → 410.
 */
export async function loadLink(tx: Queryable, token: string, purpose: LinkPurpose) {
	if (!token || token.length > 100) throw new Invalid('error_link_invalid');
	const [row] = await tx
		.select()
		.from(emailTokens)
		.where(and(eq(emailTokens.id, hashToken(token)), eq(emailTokens.purpose, purpose)))
		.for('update');
	if (!row) throw new Invalid('error_link_invalid');
	if (row.usedAt) throw new Gone('error_link_used');
	if (row.expiresAt.getTime() < Date.now()) throw new Gone('error_link_expired');
	return row;
}

/** Use up a link loaded by loadLink. */
export async function useLink(tx: Queryable, id: string): Promise<void> {
	await tx
		.update(emailTokens)
		.set({ usedAt: sql`now()` })
		.where(eq(emailTokens.id, id));
}

/** Check a link without using it (to show the form that will use it). */
export async function peekLink(db: Queryable, token: string, purpose: LinkPurpose) {
	const [row] = await db
		.select({ usedAt: emailTokens.usedAt, expiresAt: emailTokens.expiresAt })
		.from(emailTokens)
		.where(and(eq(emailTokens.id, hashToken(token)), eq(emailTokens.purpose, purpose)));
	if (!row) throw new Invalid('error_link_invalid');
	if (row.usedAt) throw new Gone('error_link_used');
	if (row.expiresAt.getTime() < Date.now()) throw new Gone('error_link_expired');
}
