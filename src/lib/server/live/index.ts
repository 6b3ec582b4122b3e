/**
 * Live updates: a message on a topic reaches every page open on it, in every app process.
 * Publish after the change has committed (an event handler, or a command after its transaction):
 * a page that hears of a change reloads what it shows through its normal, authorised load, so a
 * message carries only what anyone allowed on the topic may see (ids and counts, no text).
 *
 * `GET /live?topic=a&topic=b` streams a topic's messages as server-sent events to a viewer
 * the topic's rule admits (./topics.ts); `subscribeLive` in $lib/live.ts is the browser side.
 */
import { publish } from './bus';

export { listen, listenerCount, usePostgresFanOut } from './bus';
export { isLiveTopic, mayFollowTopic, parseTopic, registerLiveTopic } from './topics';
export type { TopicAuthorise } from './topics';

/**
 * Send `data` (JSON) to everyone listening on `topic`. Large data is stored and fetched by each
 * process, so any size goes; keep it small anyway, every listener gets it.
 */
export function publishLive(topic: string, data: unknown): Promise<void> {
	return publish(topic, data);
}
