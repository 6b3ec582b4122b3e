import { z } from 'zod';
import { defineEvents, obj } from '$lib/server/events/define';
import { VERDICTS } from '$lib/domain/moderation/jury';

const round = z.number().int().positive();

/**
 * A jury case's life. None of them names who flagged: a case opens with no actor, and the flags
 * stay in their own table, which no page, feed or answer of the API reads back.
 */
export const moderationEvents = defineEvents({
	/** A jury was drawn (the case opened, was appealed, or its jury missed its quorum). */
	'jury-case.drawn': { subject: 'jury-case', data: obj({ round, jurors: z.number().int() }) },
	/** A juror voted (what they chose is counted, never logged here). */
	'jury-case.voted': { subject: 'jury-case', data: obj({ round }) },
	'jury-case.decided': {
		subject: 'jury-case',
		data: obj({ verdict: z.enum(VERDICTS), round })
	},
	/** The item's author appealed: the subject is the new case. */
	'jury-case.appealed': { subject: 'jury-case', data: obj({ appealOf: z.number().int() }) },
	'jury-duty.changed': { subject: 'member', data: obj({ serving: z.boolean() }) }
});
