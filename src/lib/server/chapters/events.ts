import { z } from 'zod';
import { defineEvents, none, obj } from '$lib/server/events/define';

export const chapterEvents = defineEvents({
	'chapter.created': {
		subject: 'chapter',
		data: obj({
			kind: z.enum(['country', 'local']),
			country: z.string(),
			city: z.string().optional()
		})
	},
	'chapter.joined': { subject: 'chapter', data: none },
	'chapter.left': { subject: 'chapter', data: none },
	'chapter.moved-to': { subject: 'chapter', data: obj({ from: z.number().int().nullable() }) }
});
