import { z } from 'zod';
import { defineEvents, obj } from '$lib/server/events/define';

export const federationEvents = defineEvents({
	/** A member chose whether their blog federates (settings → federation). */
	'member.federation-changed': { subject: 'member', data: obj({ enabled: z.boolean() }) }
});
