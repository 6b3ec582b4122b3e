import { z } from 'zod';
import { defineEvents, id, obj } from '$lib/server/events/define';

export const federationEvents = defineEvents({
	/** A member chose whether their blog federates (settings → federation). */
	'member.federation-changed': { subject: 'member', data: obj({ enabled: z.boolean() }) },
	/** The member had one of our actors follow an account on another server (settings → federation). */
	'member.followed-remote': {
		subject: 'member',
		data: obj({ as: z.enum(['member', 'chapter', 'organisation']), remoteActorId: id })
	}
});
