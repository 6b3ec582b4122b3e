import { z } from 'zod';
import { DELEGATIONS, ITEM_KINDS, MOTION_KINDS, VOTE_CHOICES } from '$lib/domain/conventions/types';
import { MAX_TEXT_LENGTH } from '$lib/domain/decisions/text-diff';

/** Input shapes for founding documents and conventions. Messages are translation keys. */

const required = (max: number) =>
	z
		.string({ error: 'error_required' })
		.trim()
		.min(1, { error: 'error_required' })
		.max(max, { error: 'error_too_long' });
const whole = (min: number, max: number) =>
	z.coerce
		.number({ error: 'error_invalid_value' })
		.int({ error: 'error_invalid_value' })
		.min(min, { error: 'convention_error_out_of_range' })
		.max(max, { error: 'convention_error_out_of_range' });
const checkbox = z
	.union([z.literal('on'), z.literal('true'), z.literal(''), z.boolean()])
	.optional()
	.transform((v) => v === true || v === 'on' || v === 'true');
const scope = z
	.string({ error: 'error_required' })
	.regex(/^(organisation|chapter:\d{1,15})$/, { error: 'error_invalid_value' });
const id = z.coerce
	.number({ error: 'error_invalid_value' })
	.int()
	.positive({ error: 'error_invalid_value' });
const optionalId = z
	.union([z.literal(''), id])
	.optional()
	.transform((v) => (v ? v : null));

export const documentInput = z.object({
	title: required(200),
	scope,
	body: required(MAX_TEXT_LENGTH),
	grantsMembership: checkbox
});

export const callConventionInput = z.object({
	title: required(200),
	scope,
	/** A wall-clock time in the caller's time zone (an `<input type="datetime-local">`). */
	startsAt: z.string({ error: 'error_required' }).trim().min(1, { error: 'error_required' }),
	hours: whole(1, 72).default(4),
	delegation: z.enum(DELEGATIONS, { error: 'error_invalid_value' }).default('all'),
	seats: z
		.union([z.literal(''), whole(1, 2000)])
		.optional()
		.transform((v) => (v ? v : null)),
	priorityWomen: checkbox,
	voteWindowHours: whole(0, 72).default(0),
	/** The decision that called it (its number), when the readiness rule does not. */
	decision: optionalId,
	/** Handles of the members who chair in turn, after the caller. */
	chairs: z.string().max(1000, { error: 'error_too_long' }).default('')
});

export const itemInput = z.object({
	kind: z.enum(ITEM_KINDS, { error: 'error_invalid_value' }),
	title: required(200),
	minutes: whole(1, 600),
	document: optionalId
});

export const queueInput = z.object({
	kind: z.enum(['speech', 'order'], { error: 'error_invalid_value' }).default('speech')
});

export const motionInput = z.object({
	kind: z.enum(MOTION_KINDS, { error: 'error_invalid_value' }),
	title: z.string().trim().max(200, { error: 'error_too_long' }).default(''),
	body: z.string().trim().max(MAX_TEXT_LENGTH, { error: 'error_too_long' }).default(''),
	document: optionalId,
	amendment: optionalId,
	minute: optionalId,
	/** Keep the vote open after the session for members in other time zones. */
	window: checkbox
});

export const voteInput = z.object({
	motion: id,
	choice: z.enum(VOTE_CHOICES, { error: 'convention_error_choose' })
});

export const motionRef = z.object({ motion: id });
export const documentRef = z.object({ document: id });
export const itemRef = z.object({ item: id });
