import { z } from 'zod';
import { AID_BODY_MAX, AID_CATEGORIES, AID_KINDS, AID_TITLE_MAX } from '$lib/domain/aid/rules';

/** Input shapes for the mutual aid board. Messages are translation keys. */

const text = (max: number) =>
	z
		.string({ error: 'error_required' })
		.trim()
		.min(1, { error: 'error_required' })
		.max(max, { error: 'aid_error_text_long' });

/** The place: a chapter's id, or remote (an empty choice or the word). */
const place = z
	.union([z.literal(''), z.literal('remote'), z.null(), z.undefined()])
	.transform(() => null)
	.or(
		z
			.string()
			.regex(/^[1-9]\d{0,14}$/, { error: 'aid_error_not_in_chapter' })
			.transform(Number)
	)
	.or(z.number().int().positive());

export const aidInput = z.object({
	kind: z.enum(AID_KINDS, { error: 'aid_error_kind' }),
	category: z.enum(AID_CATEGORIES, { error: 'aid_error_category' }),
	chapterId: place,
	language: z
		.string({ error: 'error_required' })
		.trim()
		.regex(/^[a-z]{2,3}$/, { error: 'error_invalid_value' }),
	title: text(AID_TITLE_MAX),
	body: text(AID_BODY_MAX),
	/** The last day on the board, `YYYY-MM-DD`; blank for the default. */
	expiresOn: z
		.string()
		.trim()
		.regex(/^(\d{4}-\d{2}-\d{2})?$/, { error: 'aid_error_expiry_date' })
		.optional()
		.transform((v) => v || undefined)
});
export type AidInput = z.output<typeof aidInput>;
