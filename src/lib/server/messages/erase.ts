/**
 * What happens to a member's private messages when they delete their account (docs/messages.md).
 * Their blocks go both ways (the person is gone; nobody is left to block or be blocked). Their
 * messages stay in the other participants' conversations, signed "former member", unless they ask
 * for their writing to go: then each becomes an empty tombstone, so the replies keep their place,
 * and flags on them go too. Runs inside the account's erasure transaction.
 */
import { sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';

export async function eraseMessages(tx: Queryable, memberId: number, removeWriting: boolean) {
	await tx.execute(
		sql`delete from member_blocks where blocker_id = ${memberId} or blocked_id = ${memberId}`
	);
	if (!removeWriting) return;
	await tx.execute(sql`
		delete from flags where subject_type = 'message'
			and subject_id in (select id from conversation_messages where author_id = ${memberId})`);
	await tx.execute(sql`
		update conversation_messages set body = '', deleted_at = coalesce(deleted_at, now())
		where author_id = ${memberId}`);
}
