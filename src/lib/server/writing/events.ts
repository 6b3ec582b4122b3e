import { z } from 'zod';
import { defineEvents, id, none, obj } from '$lib/server/events/define';

const on = z.string();

export const writingEvents = defineEvents({
	'post.drafted': { subject: 'post', data: obj({ kind: z.string(), language: z.string() }) },
	'post.published': {
		subject: 'post',
		data: obj({
			kind: z.string().optional(),
			language: z.string().optional(),
			version: z.number().int().optional()
		})
	},
	'post.edited': { subject: 'post', data: obj({ version: z.number().int() }) },
	/**
	 * A post deleted by its author (or with their account's writing). The row is gone when handlers
	 * run, so the event says whose voice it was and whether visitors could read it (federation
	 * withdraws it from the servers that received it).
	 */
	'post.deleted': {
		subject: 'post',
		data: obj({ kind: z.string(), authorId: id, chapterId: id.nullable(), public: z.boolean() })
	},
	'thread.started': { subject: 'thread', data: obj({ categoryId: id }) },
	'thread.moderated': {
		subject: 'thread',
		data: obj({
			locked: z.boolean().optional(),
			pinned: z.boolean().optional(),
			slowMode: z.boolean().optional()
		})
	},
	'comment.posted': {
		subject: 'comment',
		data: obj({ on, onId: id, parentId: z.number().int().nullable() })
	},
	'comment.edited': { subject: 'comment', data: obj({ version: z.number().int() }) },
	'comment.deleted': { subject: 'comment', data: obj({ on, onId: id }) },
	'content.flagged': { subject: 'content', data: obj({ reason: z.string() }) },
	'image.uploaded': { subject: 'image', data: none },
	/** A chapter's forums, as its facilitators make and keep them (forums.ts). */
	'forum.created': { subject: 'forum', data: obj({ chapterId: id }) },
	'forum.renamed': { subject: 'forum', data: none },
	'forum.archived': { subject: 'forum', data: obj({ archived: z.boolean() }) }
});
