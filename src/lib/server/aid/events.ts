import { z } from 'zod';
import { defineEvents, none, obj } from '$lib/server/events/define';

/** The mutual aid board's events: ids and choices from fixed lists, never the text. */
export const aidEvents = defineEvents({
	'aid.posted': {
		subject: 'aid-post',
		data: obj({
			kind: z.string(),
			category: z.string(),
			chapterId: z.number().int().nullable()
		})
	},
	'aid.edited': { subject: 'aid-post', data: none },
	'aid.fulfilled': { subject: 'aid-post', data: none },
	'aid.withdrawn': { subject: 'aid-post', data: none }
});
