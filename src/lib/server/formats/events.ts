import { defineEvents, none } from '$lib/server/events/define';

/** A member's private calendar address in the log: that it changed, never the secret. */
export const formatEvents = defineEvents({
	'calendar-address.made': { subject: 'member', data: none },
	'calendar-address.stopped': { subject: 'member', data: none }
});
