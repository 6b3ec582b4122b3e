import { U as events } from "./i18n.js";
// src/lib/server/events/append.ts
/** Append an event. Call it with the command's transaction so the event and the change commit together. */
async function appendEvent(tx, event) {
	await tx.insert(events).values({
		...event,
		data: event.data ?? {}
	});
}
export { appendEvent as t };
