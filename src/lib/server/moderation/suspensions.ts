/**
 * A jury's suspension of posting, enforced in one place: every command that makes its author
 * write to others (posts and threads, comments, private messages) names a writing limit, and the
 * command pipeline asks here before counting it. A suspended member gets a translated 403 that
 * says until when.
 */
import { sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { Forbidden } from '$lib/server/errors';

/** The per-member limits (limits.ts) whose commands publish a member's writing. */
export const WRITING_ACTIONS: ReadonlySet<string> = new Set(['post', 'comment', 'message']);

/** When the member's current suspension of posting ends, or null when they may post. */
export async function suspendedUntil(db: Queryable, memberId: number): Promise<Date | null> {
	const { rows } = await db.execute<{ until: Date | string | null }>(sql`
		select max(until) as until from posting_suspensions
		where member_id = ${memberId} and lifted_at is null and until > now()`);
	const until = rows[0]?.until;
	return until ? new Date(until) : null;
}

/** Throws a 403 naming the date while a jury's suspension lasts, for a writing action. */
export async function checkNotSuspended(db: Queryable, memberId: number, action: string) {
	if (!WRITING_ACTIONS.has(action)) return;
	const until = await suspendedUntil(db, memberId);
	if (until)
		throw new Forbidden('moderation_error_suspended', { until: until.toISOString().slice(0, 10) });
}
