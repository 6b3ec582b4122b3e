import { z } from 'zod';

/** Input shapes for private messages. Messages are translation keys. */

/** The most members in one conversation, the sender included. */
export const MAX_PARTICIPANTS = 10;
/** The longest message, in characters (the database refuses longer ones too). */
export const MAX_MESSAGE_LENGTH = 10_000;

const body = z
	.string({ error: 'error_required' })
	.trim()
	.min(1, { error: 'error_required' })
	.max(MAX_MESSAGE_LENGTH, { error: 'message_error_body_long' });

/**
 * Handles, as typed ("@ana, ben") or as repeated `to` fields (`/messages/new?to=ana&to=ben`):
 * split on commas and spaces, the leading @ dropped, each once (handles are case-insensitive).
 */
const recipients = z
	.union([z.string(), z.array(z.string())], { error: 'error_required' })
	.transform((v) => {
		const words = (Array.isArray(v) ? v : [v])
			.flatMap((s) => s.split(/[\s,;]+/))
			.map((s) => s.replace(/^@/, '').trim().toLowerCase())
			.filter(Boolean);
		return [...new Set(words)];
	})
	.pipe(
		z
			.array(z.string().max(40, { error: 'message_error_unknown_handle' }))
			.min(1, { error: 'error_required' })
			.max(MAX_PARTICIPANTS, { error: 'message_error_too_many' })
	);

export const startConversationInput = z.object({
	to: recipients,
	subject: z
		.string({ error: 'error_required' })
		.trim()
		.min(1, { error: 'error_required' })
		.max(200, { error: 'message_error_subject_long' }),
	body
});

export const messageInput = z.object({ body });
