import { z } from 'zod';
import { METHOD_IDS } from '$lib/domain/tally/types';

/**
 * The public recount form (/tally). Messages are translation keys. The ballot file itself (an
 * upload or pasted text) is read and checked by $lib/server/tally, which knows its limits.
 */

/** Most seats and candidates a public recount accepts (also the BLT candidate limit there). */
export const TALLY_MAX_CANDIDATES = 60;
export const TALLY_MAX_SEED_LENGTH = 100;

const optionalWhole = (max: number, error: string) =>
	z.preprocess(
		(v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
		z.coerce.number({ error }).int({ error }).min(1, { error }).max(max, { error }).optional()
	);

export const tallyInput = z.object({
	/** 'auto': the method the file names (BLT names none: Meek STV). */
	method: z.enum(['auto', ...METHOD_IDS], { error: 'tally_error_method' }).default('auto'),
	/** Empty: the number the file gives (or 1). */
	seats: optionalWhole(TALLY_MAX_CANDIDATES, 'tally_error_seats'),
	seed: z.string().trim().max(TALLY_MAX_SEED_LENGTH, { error: 'tally_error_seed' }).default(''),
	tieBreak: z
		.enum(['random', 'candidate-order'], { error: 'error_invalid_value' })
		.default('random'),
	/** Pasted ballot file; used when no file is uploaded. */
	text: z.string().default('')
});

export type TallyInput = z.output<typeof tallyInput>;
