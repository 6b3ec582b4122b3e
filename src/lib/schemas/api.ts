import { z } from 'zod';
import { API_SCOPES } from '$lib/domain/api/scopes';
import { CONSENT_CHOICES, MOTION_CHOICES } from '$lib/domain/decisions/types';

/** Input shapes for personal access tokens. Messages are translation keys. */

/** How long a new token lasts, in days; '' is "until revoked". */
export const TOKEN_LIFETIMES = ['7', '30', '90', '365', ''] as const;

export const tokenInput = z.object({
	name: z
		.string({ error: 'error_required' })
		.trim()
		.min(1, { error: 'error_required' })
		.max(100, { error: 'api_error_name_long' }),
	scopes: z
		.array(z.enum(API_SCOPES, { error: 'error_invalid_value' }), { error: 'api_error_no_scope' })
		.min(1, { error: 'api_error_no_scope' }),
	expiresInDays: z.enum(TOKEN_LIFETIMES, { error: 'error_invalid_value' }).default('90')
});

/**
 * A ballot as the API takes it: the ballot form's own fields. The decision's type decides which
 * are read (src/lib/domain/decisions/ballot-choice.ts checks them against the options); ranks and
 * scores come as `rank_<option id>` and `score_<option id>`.
 */
const VOTES = [...new Set([...MOTION_CHOICES, ...CONSENT_CHOICES])] as [string, ...string[]];

export const ballotInput = z.object({
	vote: z.enum(VOTES).optional(),
	approve: z.array(z.string().regex(/^[1-9][0-9]{0,14}$/)).optional(),
	reason: z.string().max(2000).optional(),
	/** A ballot that chooses nothing (an abstention) is cast only with this set. */
	confirmEmpty: z.boolean().optional()
});
