import { z } from 'zod';
import { defineEvents, id, none, obj } from '$lib/server/events/define';

/**
 * Private messages in the log: ids and counts only. Never a message's text or a conversation's
 * subject, and a block never names whom: the log outlives what the members may later delete.
 */
export const messageEvents = defineEvents({
	'conversation.started': {
		subject: 'conversation',
		data: obj({ participants: z.number().int().positive() })
	},
	'message.sent': { subject: 'message', data: obj({ conversationId: id }) },
	/** About the member who blocks or unblocks (the other member is not recorded). */
	'member.blocked': { subject: 'member', data: none },
	'member.unblocked': { subject: 'member', data: none }
});
