import { z } from 'zod';

/** A chapter's forum as its facilitators name and describe it. Messages are translation keys. */
export const forumInput = z.object({
	name: z
		.string({ error: 'error_required' })
		.trim()
		.min(1, { error: 'error_required' })
		.max(80, { error: 'forum_error_name_long' }),
	description: z.string().trim().max(500, { error: 'forum_error_description_long' }).default('')
});

export const forumArchiveInput = z.object({
	forum: z.coerce
		.number({ error: 'error_invalid_value' })
		.int()
		.positive({ error: 'error_invalid_value' }),
	archived: z
		.enum(['true', 'false'], { error: 'error_invalid_value' })
		.transform((v) => v === 'true')
});
