/**
 * Live messages that wait for a transaction to commit: an event handler queues them, and the
 * dispatcher sends them once its batch has committed, so a page that reloads on the message
 * finds the change. A message from a handler that failed may still go: messages only say
 * "look again", and looking again at nothing new is harmless.
 */
import { publish } from './bus';

let queued: [string, unknown][] = [];

export function queueLive(topic: string, data: unknown): void {
	queued.push([topic, data]);
}

/** Is a message on this topic already waiting? (A handler can skip working out whether to send.) */
export function isQueuedLive(topic: string): boolean {
	return queued.some(([t]) => t === topic);
}

/** Send what is queued (each topic once per batch, with its latest data). */
export async function flushQueuedLive(): Promise<void> {
	if (!queued.length) return;
	const batch = new Map(queued);
	queued = [];
	for (const [topic, data] of batch)
		await publish(topic, data).catch((err) =>
			console.error(`live ${topic}:`, err instanceof Error ? err.message : err)
		);
}
