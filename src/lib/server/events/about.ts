import type { AppEvent } from './catalogue';

type Subject = AppEvent['subjectType'];
type About<S extends Subject> = Extract<AppEvent, { subjectType: S }>;
export type Body<E> = E extends unknown ? Omit<E, 'actorId' | 'subjectType' | 'subjectId'> : never;

/**
 * An event about one subject, by the actor (null: the scheduler, or a threshold reached). Only the
 * types declared for that kind of subject are accepted, each with its own data.
 */
export function eventAbout<S extends Subject>(
	subjectType: S,
	subjectId: number,
	actorId: number | null,
	body: Body<About<S>>
): AppEvent {
	return { ...body, actorId, subjectType, subjectId } as AppEvent;
}
