import { and, eq, sql } from 'drizzle-orm';
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

/** Issue a single-use link token; earlier unused links of the same purpose stop working. */
export async function issueLink(
	tx: Queryable,
	memberId: number,
	purpose: LinkPurpose,
	email: string
) {
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
	const { token, id } = newToken();
	const expiresAt = new Date(Date.now() + LIFETIME_HOURS[purpose] * 3600_000);
	await tx.insert(emailTokens).values({ id, memberId, purpose, email, expiresAt });
	return token;
}

/**
 * Use up a link token inside the caller's transaction. The row is locked, so two clicks racing
 * on the same link cannot both succeed. Unknown → 400; used or expired → 410.
 */
export async function consumeLink(tx: Queryable, token: string, purpose: LinkPurpose) {
	const [row] = await tx
		.select()
		.from(emailTokens)
		.where(and(eq(emailTokens.id, hashToken(token)), eq(emailTokens.purpose, purpose)))
		.for('update');
	if (!row) throw new Invalid('error_link_invalid');
	if (row.usedAt) throw new Gone('error_link_used');
	if (row.expiresAt.getTime() < Date.now()) throw new Gone('error_link_expired');
	await tx
		.update(emailTokens)
		.set({ usedAt: sql`now()` })
		.where(eq(emailTokens.id, row.id));
	return row;
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
