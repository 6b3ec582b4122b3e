import { events } from '$lib/server/db/schema';
import type { Queryable } from '$lib/server/db/client';

export type EventInput = {
	/** `noun.past-verb`, e.g. `member.joined`. */
	type: `${string}.${string}`;
	actorId: number | null;
	subjectType: string;
	subjectId: number;
	data?: Record<string, unknown>;
};

/** Append an event. Call it with the command's transaction so the event and the change commit together. */
export async function appendEvent(tx: Queryable, event: EventInput): Promise<void> {
	await tx.insert(events).values({ ...event, data: event.data ?? {} });
}
