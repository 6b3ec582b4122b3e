import { z } from 'zod';

/** Input shapes for chapters, the directory and privacy settings. Messages are translation keys. */

const id = z.coerce
	.number({ error: 'error_chapter_not_found' })
	.int({ error: 'error_chapter_not_found' })
	.positive({ error: 'error_chapter_not_found' })
	.max(Number.MAX_SAFE_INTEGER, { error: 'error_chapter_not_found' });

export const chapterRefInput = z.object({ chapter: id });

export const DIRECTORY_MAX_PAGE = 100;

const optionalText = (max: number, key: string) =>
	z
		.string()
		.trim()
		.max(max, { error: key })
		.optional()
		.transform((v) => v || undefined);

export const directoryInput = z.object({
	q: optionalText(100, 'error_directory_query_too_long'),
	country: optionalText(2, 'error_invalid_value').pipe(
		z
			.string()
			.regex(/^[A-Za-z]{2}$/, { error: 'error_invalid_value' })
			.transform((v) => v.toUpperCase())
			.optional()
	),
	language: optionalText(3, 'error_invalid_value').pipe(
		z
			.string()
			.regex(/^[a-z]{2,3}$/, { error: 'error_invalid_value' })
			.optional()
	),
	chapter: optionalText(120, 'error_chapter_not_found'),
	after: z.coerce
		.number({ error: 'error_invalid_value' })
		.int({ error: 'error_invalid_value' })
		.positive({ error: 'error_invalid_value' })
		.max(Number.MAX_SAFE_INTEGER, { error: 'error_invalid_value' })
		.optional(),
	limit: z.coerce
		.number({ error: 'error_invalid_value' })
		.int({ error: 'error_invalid_value' })
		.min(1, { error: 'error_directory_page_size' })
		.max(DIRECTORY_MAX_PAGE, { error: 'error_directory_page_size' })
		.default(24)
});
export type DirectoryInput = z.input<typeof directoryInput>;

export const GENDERS = ['f', 'm', 'x'] as const;
export const AGE_BANDS = ['18-24', '25-34', '35-44', '45-54', '55-64', '65+'] as const;

/** An HTML checkbox: sent as "on" when ticked, absent when not. */
export const checkbox = z
	.union([z.literal('on'), z.literal('true'), z.literal(true), z.literal('')], {
		error: 'error_invalid_value'
	})
	.optional()
	.transform((v) => v === 'on' || v === 'true' || v === true);

export const privacyInput = z.object({
	inDirectory: checkbox,
	onMap: checkbox,
	showFullName: checkbox,
	gender: z
		.enum(['', ...GENDERS], { error: 'error_invalid_value' })
		.optional()
		.transform((v) => v || null),
	ageBand: z
		.enum(['', ...AGE_BANDS], { error: 'error_invalid_value' })
		.optional()
		.transform((v) => v || null)
});
