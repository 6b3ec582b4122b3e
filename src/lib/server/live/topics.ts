/**
 * Who may listen to which live topic. A topic is `<area>:<id>` (`thread:123`, `decision:45`,
 * `member:7`); each area registers the rule for its prefix, asking the same policy its pages ask,
 * so a live stream shows nothing its reader could not open. An area adds its registration in its
 * own module and one import line in ./areas.ts.
 */
import type { Actor } from '$lib/domain/members/actor';
import type { Queryable } from '$lib/server/db/client';

/** May this viewer (null: a visitor) follow this thing live? False for a thing they cannot see. */
export type TopicAuthorise = (db: Queryable, viewer: Actor | null, id: number) => Promise<boolean>;

const registry = new Map<string, TopicAuthorise>();

export function registerLiveTopic(prefix: string, authorise: TopicAuthorise): void {
	if (!/^[a-z][a-z-]*$/.test(prefix)) throw new Error(`bad live topic prefix: ${prefix}`);
	registry.set(prefix, authorise);
}

const TOPIC = /^([a-z][a-z-]*):(\d{1,15})$/;

export function parseTopic(topic: string): { prefix: string; id: number } | null {
	const m = TOPIC.exec(topic);
	return m ? { prefix: m[1], id: Number(m[2]) } : null;
}

export function isLiveTopic(topic: string): boolean {
	const parsed = parseTopic(topic);
	return !!parsed && registry.has(parsed.prefix);
}

/**
 * May the viewer follow the topic? An unknown area, a thing that does not exist and a thing they
 * may not see all answer false alike, so a refusal tells nothing about what exists.
 */
export async function mayFollowTopic(
	db: Queryable,
	viewer: Actor | null,
	topic: string
): Promise<boolean> {
	const parsed = parseTopic(topic);
	const authorise = parsed && registry.get(parsed.prefix);
	if (!parsed || !authorise || parsed.id < 1) return false;
	try {
		return await authorise(db, viewer, parsed.id);
	} catch {
		// The areas' loaders throw NotFound (or Forbidden) for what the viewer may not see.
		return false;
	}
}
