/** Blocks between members, which stop private messages either way. */
import { sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';

/** Is there a block, either way, between the member and any of the others? */
export async function blockedBetween(
	db: Queryable,
	memberId: number,
	others: number[]
): Promise<boolean> {
	if (!others.length) return false;
	const list = sql.join(
		others.map((id) => sql`${id}`),
		sql`, `
	);
	const { rows } = await db.execute(sql`
		select 1 from member_blocks
		where (blocker_id = ${memberId} and blocked_id in (${list}))
			or (blocked_id = ${memberId} and blocker_id in (${list}))
		limit 1`);
	return rows.length > 0;
}
