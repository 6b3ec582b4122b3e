/**
 * Every event Plenary appends, and the shape of its data: one typed union assembled from each
 * area's events.ts. `appendEvent` accepts nothing else, so a command cannot log an event that a
 * handler, a feed or a reader of the log does not know about.
 */
import type { z } from 'zod';
import { aidEvents } from '$lib/server/aid/events';
import { apiEvents } from '$lib/server/api/events';
import { chapterEvents } from '$lib/server/chapters/events';
import { decisionEvents } from '$lib/server/decisions/events';
import { instanceEvents } from '$lib/server/instance/events';
import { federationEvents } from '$lib/server/federation/events';
import { electionEvents } from '$lib/server/elections/events';
import { conventionEvents } from '$lib/server/conventions/events';
import { formatEvents } from '$lib/server/formats/events';
import { mandateEvents } from '$lib/server/mandates/events';
import { memberEvents } from '$lib/server/members/events';
import { moderationEvents } from '$lib/server/moderation/events';
import { messageEvents } from '$lib/server/messages/events';
import { projectEvents } from '$lib/server/projects/events';
import { writingEvents } from '$lib/server/writing/events';

export const catalogue = {
	...memberEvents,
	...chapterEvents,
	...writingEvents,
	...projectEvents,
	...decisionEvents,
	...instanceEvents,
	...mandateEvents,
	...electionEvents,
	...conventionEvents,
	...moderationEvents,
	...aidEvents,
	...messageEvents,
	...formatEvents,
	...apiEvents,
	...federationEvents
};

type Catalogue = typeof catalogue;
export type EventType = keyof Catalogue;
export type EventData<K extends EventType> = z.output<Catalogue[K]['data']>;

/** An event as a command appends it: its type decides its subject type and its data. */
export type AppEvent = {
	[K in EventType]: {
		type: K;
		actorId: number | null;
		subjectType: Catalogue[K]['subject'] extends 'content' ? string : Catalogue[K]['subject'];
		subjectId: number;
	} & (Record<string, never> extends EventData<K>
		? { data?: EventData<K> }
		: { data: EventData<K> });
}[EventType];

/** An event as a handler receives it, read back from the log. */
export type StoredEvent<K extends EventType = EventType> = {
	[T in K]: {
		id: number;
		type: T;
		actorId: number | null;
		subjectType: string;
		subjectId: number;
		data: EventData<T>;
		createdAt: Date;
	};
}[K];

export const EVENT_TYPES = Object.keys(catalogue) as EventType[];

export function isEventType(value: string): value is EventType {
	return Object.hasOwn(catalogue, value);
}

/** Check an event's data against its declared shape (strict: undeclared keys are refused). */
export function eventData<K extends EventType>(type: K, data: unknown): EventData<K> {
	return catalogue[type].data.parse(data ?? {}) as EventData<K>;
}
