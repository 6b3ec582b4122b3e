import type { Queryable } from '$lib/server/db/client';
import { insertColumns } from '$lib/server/db/columns';
import { eventData, type AppEvent } from './catalogue';

export type { AppEvent };

/**
 * Append an event from the catalogue. Call it with the command's transaction so the event and the
 * change commit together; the dispatcher picks it up after commit. The data is checked against the
 * catalogue, so a payload that grew a key nobody declared fails loudly in the tests.
 */
export async function appendEvent(tx: Queryable, event: AppEvent): Promise<void> {
	await appendEvents(tx, [event]);
}

/** Many events in one statement, in order (ballot-box.ts writes a batch of ballots at once). */
export async function appendEvents(tx: Queryable, list: readonly AppEvent[]): Promise<void> {
	if (!list.length) return;
	await insertColumns(tx, 'events', [
		{ name: 'type', type: 'text', values: list.map((e) => e.type) },
		{ name: 'actor_id', type: 'bigint', values: list.map((e) => e.actorId) },
		{ name: 'subject_type', type: 'text', values: list.map((e) => e.subjectType) },
		{ name: 'subject_id', type: 'bigint', values: list.map((e) => e.subjectId) },
		{
			name: 'data',
			type: 'text',
			cast: 'jsonb',
			values: list.map((e) => JSON.stringify(eventData(e.type, e.data)))
		}
	]);
}
