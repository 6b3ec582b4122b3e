import { z } from 'zod';
import { VERDICTS } from '$lib/domain/moderation/jury';

/** A juror's vote: a verdict, days for a suspension, and the reasons the log will publish. */
export const juryVoteInput = z.object({
	verdict: z.enum(VERDICTS, { error: 'moderation_error_verdict' }),
	days: z.preprocess(
		(v) => (v === '' || v == null ? null : Number(v)),
		z.number({ error: 'moderation_error_days' }).int('moderation_error_days').nullable()
	),
	reason: z.string().trim().min(1, 'moderation_error_reason').max(2000, 'error_too_long')
});

/** An author's appeal, with their reasons. */
export const appealInput = z.object({
	reason: z.string().trim().min(1, 'moderation_error_reason').max(2000, 'error_too_long')
});

export const juryDutyInput = z.object({ serving: z.enum(['yes', 'no']) });
