import { z } from 'zod';

/** Input shapes for posts, forum threads, comments and flags. Messages are translation keys. */

const title = z
	.string({ error: 'error_required' })
	.trim()
	.min(1, { error: 'error_required' })
	.max(200, { error: 'post_error_title_long' });
const body = z
	.string({ error: 'error_required' })
	.trim()
	.min(1, { error: 'error_required' })
	.max(50_000, { error: 'post_error_body_long' });
const language = z
	.string()
	.trim()
	.regex(/^[a-z]{2,3}$/, { error: 'error_invalid_value' })
	.default('en');
const tags = z
	.string()
	.default('')
	.transform((s) =>
		[
			...new Set(
				s
					.split(',')
					.map((t) => t.trim().toLowerCase().replace(/\s+/g, '-'))
					.filter(Boolean)
			)
		].slice(0, 10)
	)
	.pipe(z.array(z.string().max(40, { error: 'post_error_tag_long' })));

export const postInput = z.object({
	title,
	body,
	language,
	tags,
	visibility: z.enum(['public', 'members', 'chapter'], { error: 'error_invalid_value' }),
	kind: z
		.enum(['blog', 'chapter', 'organisation'], { error: 'error_invalid_value' })
		.default('blog'),
	chapterId: z.coerce
		.number()
		.int()
		.positive()
		.optional()
		.or(z.literal('').transform(() => undefined)),
	publish: z.coerce.boolean().default(false)
});

export const threadInput = z.object({ title, body, language });

export const commentInput = z.object({
	body: z
		.string({ error: 'error_required' })
		.trim()
		.min(1, { error: 'error_required' })
		.max(10_000, { error: 'comment_error_body_long' }),
	parentId: z.coerce
		.number()
		.int()
		.positive()
		.optional()
		.or(z.literal('').transform(() => undefined)),
	quotedId: z.coerce
		.number()
		.int()
		.positive()
		.optional()
		.or(z.literal('').transform(() => undefined))
});

export const FLAG_REASONS = [
	'abuse',
	'harassment',
	'spam',
	'off-topic',
	'private-data',
	'other'
] as const;
export const flagInput = z.object({
	reason: z.enum(FLAG_REASONS, { error: 'flag_error_reason' }),
	note: z.string().trim().max(500).default('')
});

export const searchInput = z.object({
	q: z.string().trim().max(200).default('')
});
