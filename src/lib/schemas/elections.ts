import { z } from 'zod';
import { ELECTION_METHODS } from '$lib/domain/elections/types';

/** Input shapes for elections. Messages are translation keys. */

const whole = (min: number, max: number) =>
	z.coerce
		.number({ error: 'error_invalid_value' })
		.int({ error: 'error_invalid_value' })
		.min(min, { error: 'election_error_out_of_range' })
		.max(max, { error: 'election_error_out_of_range' });

const statement = z
	.string()
	.trim()
	.max(4000, { error: 'election_error_statement_long' })
	.default('');

export const callElectionInput = z.object({
	role: z.string({ error: 'error_required' }).trim().min(1, { error: 'error_required' }).max(60),
	scope: z
		.string({ error: 'error_required' })
		.regex(/^(organisation|(chapter|project|committee):\d{1,15})$/, {
			error: 'error_invalid_value'
		}),
	seats: z.union([z.literal(''), whole(1, 99)]).optional(),
	method: z.enum(ELECTION_METHODS, { error: 'error_invalid_value' }).default('meek'),
	nominationDays: whole(1, 60).default(14),
	votingDays: whole(1, 60).default(7),
	/** Balance rule: the self-declared gender that must hold at least `balanceShare` % of seats. */
	balanceValue: z.enum(['', 'f', 'm', 'x'], { error: 'error_invalid_value' }).default(''),
	balanceShare: z.union([z.literal(''), whole(1, 100)]).optional(),
	/** Ballots cast with blind-signed credentials, unlinkable to their voters even by the server. */
	unlinkable: z
		.union([z.literal('on'), z.literal('true'), z.literal(''), z.boolean()])
		.optional()
		.transform((v) => v === true || v === 'on' || v === 'true')
});

export const standInput = z.object({ statement });

export const nominateInput = z.object({
	/** The nominee's handle. */
	handle: z
		.string({ error: 'error_required' })
		.trim()
		.transform((h) => h.replace(/^@/, ''))
		.pipe(z.string().min(1, { error: 'error_required' }).max(60, { error: 'error_invalid_value' }))
});

export const candidacyInput = z.object({
	candidacy: z.coerce.number({ error: 'error_invalid_value' }).int().positive(),
	statement
});
