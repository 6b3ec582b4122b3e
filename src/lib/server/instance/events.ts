import { z } from 'zod';
import { defineEvents, id, none, obj } from '$lib/server/events/define';

/** Settings, tiers and the first run. A setting change's values are in its log line, not here. */
export const instanceEvents = defineEvents({
	/** About the log line (`setting_changes`); by the operator, or by nobody when a decision applied it. */
	'setting.changed': { subject: 'setting-change', data: obj({ decisionId: id.optional() }) },
	/** A settings decision was drafted (its proposed change is in `setting_proposals`). */
	'setting.proposed': { subject: 'decision', data: none },
	/** A member moved up a tier (by a rule: sign-up, their chapter's confirmation, time). */
	'member.promoted': {
		subject: 'member',
		data: obj({ from: z.string(), to: z.string(), by: z.enum(['chapter', 'time']) })
	},
	/** The first run: the instance got its name and its first operator. */
	'instance.set-up': { subject: 'member', data: none }
});
