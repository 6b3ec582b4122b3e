/**
 * Who hears of a new private message: the conversation's other participants, each addressed
 * (muting a chapter or a decision never silences a message). The notification's title is the
 * conversation's subject, which they can read anyway; the message's text is never in it, so it
 * never reaches a mail or a digest (docs/messages.md).
 */
import { sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import type { StoredEvent } from '$lib/server/events/catalogue';
import type { Delivery } from '$lib/server/notifications/routing';
import { conversationUrl } from './commands';

export async function messageRecipients(db: Queryable, e: StoredEvent): Promise<Delivery[]> {
	const { rows } = await db.execute<{ member_id: number; conversation_id: number; subject: string }>(
		sql`select p.member_id::int as member_id, c.id::int as conversation_id, c.subject
			from conversation_messages cm
			join conversations c on c.id = cm.conversation_id
			join conversation_participants p on p.conversation_id = c.id
			where cm.id = ${e.subjectId} and cm.hidden_at is null and cm.deleted_at is null
				and p.member_id <> cm.author_id`
	);
	return rows.map((r) => ({
		memberId: Number(r.member_id),
		subjectType: 'message',
		subjectId: e.subjectId,
		title: r.subject,
		url: `${conversationUrl(Number(r.conversation_id))}#message-${e.subjectId}`,
		scope: null,
		addressed: true
	}));
}
