import { z } from 'zod';

/** A code typed by hand: an authenticator's six digits or a recovery code (spaces are dropped). */
const code = z
	.string({ error: 'error_two_factor_code_required' })
	.transform((v) => v.replace(/\s/g, ''))
	.pipe(z.string().min(1, 'error_two_factor_code_required').max(40, 'error_two_factor_code_wrong'));

export const secondFactorInput = z.object({ code });

/** Turning two-factor log-in off takes a current code or the password. */
export const disableTwoFactorInput = z
	.object({
		code: z.string().max(40).optional().default(''),
		password: z.string().max(1000).optional().default('')
	})
	.transform((v) => ({ code: v.code.replace(/\s/g, ''), password: v.password }));
