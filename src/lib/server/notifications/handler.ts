/**
 * The notification handler: each routed event (routing.ts) becomes notifications, in the
 * dispatcher's transaction for that event, so they and their mail commit with the mark that the
 * event was handled: never lost, never written twice.
 */
import type { EventHandler } from '$lib/server/events/dispatcher';
import { ROUTES, ROUTED_TYPES } from './routing';
import { writeNotifications } from './deliver';

export const notificationHandler: EventHandler = {
	name: 'notifications',
	types: ROUTED_TYPES,
	handle: async (tx, event) => {
		const skip = new Set<number>();
		for (const route of ROUTES[event.type] ?? [])
			await writeNotifications(tx, {
				kind: route.kind,
				urgent: route.urgent,
				actorId: event.actorId,
				dedupeKey: `event:${event.id}`,
				deliveries: await route.recipients(tx, event),
				skip
			});
	}
};
