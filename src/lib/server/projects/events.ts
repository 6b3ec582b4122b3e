import { z } from 'zod';
import { defineEvents, id, none, obj } from '$lib/server/events/define';

const inProject = obj({ projectId: id });

export const projectEvents = defineEvents({
	'project.proposed': {
		subject: 'project',
		data: obj({ chapterId: z.number().int().nullable(), visibility: z.string() })
	},
	'project.edited': { subject: 'project', data: none },
	'project.status-changed': { subject: 'project', data: obj({ from: z.string(), to: z.string() }) },
	'project.joined': { subject: 'project', data: none },
	'project.left': { subject: 'project', data: none },
	'project.coordinator-changed': {
		subject: 'project',
		data: obj({ from: z.number().int().nullable(), to: id })
	},
	/** The coordinator offers the role; the member takes it (coordinator-changed) or declines. */
	'project.coordination-offered': { subject: 'project', data: obj({ memberId: id }) },
	'project.coordination-declined': { subject: 'project', data: none },
	'project.willingness-changed': { subject: 'project', data: obj({ willing: z.boolean() }) },
	'project.updated': { subject: 'project', data: obj({ postId: id }) },
	'task.added': { subject: 'task', data: inProject },
	'task.rated': {
		subject: 'task',
		data: obj({ projectId: id, empowerment: z.number().int(), onerousness: z.number().int() })
	},
	'task.claimed': { subject: 'task', data: inProject },
	'task.assigned': {
		subject: 'task',
		data: obj({ projectId: id, memberId: z.number().int().nullable() })
	},
	'task.offered': { subject: 'task', data: obj({ projectId: id, memberId: id }) },
	'task.declined': { subject: 'task', data: inProject },
	'task.released': { subject: 'task', data: inProject },
	'task.completed': { subject: 'task', data: inProject },
	'effort.logged': {
		subject: 'task',
		data: obj({
			projectId: id,
			entryId: id,
			minutes: z.number().int(),
			intensity: z.number().int()
		})
	},
	'effort.removed': {
		subject: 'task',
		data: obj({ projectId: id, entryId: id, minutes: z.number().int() })
	}
});
