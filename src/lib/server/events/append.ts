import type { Queryable } from '$lib/server/db/client';
import { insertColumns, type Insert } from '$lib/server/db/columns';
import { eventData, type AppEvent } from './catalogue';

export type { AppEvent };

/**
 * Append an event from the catalogue. Call it with the command's transaction so the event and the
 * change commit together; the dispatcher picks it up after commit. The data is checked against the
 * catalogue, so a payload that grew a key nobody declared fails loudly in the tests.
 */
export async function appendEvent(tx: Queryable, event: AppEvent): Promise<void> {
	await insertColumns(tx, eventRows([event]));
}

/**
 * The events as rows of the log, for insertColumns: alone, or in the same statement as the rows
 * they record (a batch of ballots and their events, ballots.ts).
 */
export function eventRows(list: readonly AppEvent[]): Insert {
	return {
		table: 'events',
		columns: [
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
		]
	};
}
