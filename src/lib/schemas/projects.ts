import { z } from 'zod';
import { MAX_MINUTES_PER_ENTRY } from '$lib/domain/work/effort';

/** Input shapes for projects, tasks, ratings and effort. Messages are translation keys. */

export const PROJECT_STATUSES = ['proposed', 'active', 'completed', 'archived'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export const PROJECT_VISIBILITIES = ['public', 'members', 'chapter'] as const;

/** Longest estimate a task may carry (a week of full days): longer work is several tasks. */
export const MAX_ESTIMATE_MINUTES = 40 * 60;

const optionalId = z.coerce
	.number()
	.int()
	.positive()
	.optional()
	.or(z.literal('').transform(() => undefined));

const language = z
	.string()
	.trim()
	.regex(/^[a-z]{2,3}$/, { error: 'error_invalid_value' })
	.default('en');

const text = (max: number, required: boolean) => {
	const base = z.string({ error: 'error_required' }).trim();
	return (required ? base.min(1, { error: 'error_required' }) : base).max(max, {
		error: 'project_error_text_long'
	});
};

/** A whole number from a form field; anything else (text, decimals, blanks) fails with `key`. */
const wholeNumber = (key: string, min: number, max: number) =>
	z
		.string({ error: key })
		.trim()
		.regex(/^-?\d{1,6}$/, { error: key })
		.transform(Number)
		.pipe(z.number().int().min(min, { error: key }).max(max, { error: key }))
		.or(
			z.number({ error: key }).int({ error: key }).min(min, { error: key }).max(max, { error: key })
		);

export const projectInput = z.object({
	title: text(120, true),
	goals: text(20_000, true),
	needs: text(5_000, false).default(''),
	language,
	chapterId: optionalId,
	visibility: z.enum(PROJECT_VISIBILITIES, { error: 'error_invalid_value' }).default('public')
});

export const statusInput = z.object({
	status: z.enum(PROJECT_STATUSES, { error: 'project_error_status' })
});

const skills = z
	.union([z.string(), z.array(z.string())])
	.default('')
	.transform((s) =>
		[
			...new Set(
				(Array.isArray(s) ? s : s.split(','))
					.map((t) => t.trim().toLowerCase().replace(/\s+/g, '-'))
					.filter(Boolean)
			)
		].slice(0, 8)
	)
	.pipe(z.array(z.string().max(40, { error: 'project_error_skill_long' })));

/** Hours and minutes as typed: "1:30", "90" (minutes) or "1.5h" are all read as minutes. */
export function parseDuration(value: unknown): number | null {
	if (typeof value === 'number') return Number.isInteger(value) ? value : null;
	if (typeof value !== 'string') return null;
	const v = value.trim().toLowerCase();
	let m = /^(\d{1,4}):([0-5]\d)$/.exec(v);
	if (m) return Number(m[1]) * 60 + Number(m[2]);
	m = /^(\d{1,4}(?:[.,]\d{1,2})?)\s*h$/.exec(v);
	if (m) {
		const minutes = Number(m[1].replace(',', '.')) * 60;
		return Number.isInteger(Math.round(minutes * 1000) / 1000) ? Math.round(minutes) : null;
	}
	m = /^(-?\d{1,7})\s*(?:m|min)?$/.exec(v);
	return m ? Number(m[1]) : null;
}

const duration = (key: string, max: number) =>
	z.unknown().transform((value, ctx) => {
		const minutes = parseDuration(value);
		if (minutes === null || minutes <= 0 || minutes > max) {
			ctx.addIssue({ code: 'custom', message: key });
			return z.NEVER;
		}
		return minutes;
	});

const isoDate = z
	.string()
	.trim()
	.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'project_error_date' })
	.refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), { error: 'project_error_date' });

export const taskInput = z.object({
	title: text(160, true),
	description: text(10_000, false).default(''),
	estimate: duration('project_error_estimate', MAX_ESTIMATE_MINUTES),
	skills,
	dueOn: isoDate.optional().or(z.literal('').transform(() => undefined)),
	language,
	remote: z
		.enum(['true', 'false', 'on', ''], { error: 'error_invalid_value' })
		.or(z.boolean())
		.default('false')
		.transform((v) => v === true || v === 'true' || v === 'on'),
	place: text(200, false).default('')
});

export const ratingInput = z.object({
	empowerment: wholeNumber('project_error_rating', 1, 5),
	onerousness: wholeNumber('project_error_rating', 1, 5)
});

export const effortInput = z.object({
	minutes: duration('project_error_duration', MAX_MINUTES_PER_ENTRY),
	intensity: wholeNumber('project_error_intensity', 1, 5),
	workedOn: isoDate.optional().or(z.literal('').transform(() => undefined)),
	note: text(500, false).default(''),
	/** Effort is only ever logged for oneself: a form that names someone else is refused. */
	memberId: optionalId
});

export const assignInput = z.object({ memberId: optionalId });

export const updateInput = z.object({
	title: text(200, true),
	body: text(50_000, true),
	language
});

export const smallTaskFilter = z.object({
	skill: z.string().trim().toLowerCase().max(40).optional().catch(undefined),
	language: z
		.string()
		.regex(/^[a-z]{2,3}$/)
		.optional()
		.catch(undefined),
	chapter: z
		.string()
		.regex(/^[a-z0-9-]{1,80}$/)
		.optional()
		.catch(undefined),
	remote: z.enum(['1']).optional().catch(undefined),
	max: z.coerce.number().int().min(15).max(120).default(60).catch(60)
});
