/**
 * Events that change what open pages show: a new or removed comment on its thread, and a new
 * ballot on a decision whose results are shown while it runs (never where they are hidden until
 * the close). Messages carry ids only; the page reloads through its own authorised load.
 */
import { sql } from 'drizzle-orm';
import type { EventHandler } from '$lib/server/events/dispatcher';
import { isQueuedLive, queueLive } from './after-commit';

export const liveHandler: EventHandler = {
	name: 'live updates',
	types: ['comment.posted', 'comment.deleted', 'ballot.cast', 'ballot.changed'],
	handle: async (tx, event) => {
		if (event.type === 'comment.posted' || event.type === 'comment.deleted') {
			queueLive(`${event.data.on}:${event.data.onId}`, { comment: event.subjectId });
			return;
		}
		// A batch of ballots on one decision asks once: the message is already on its way.
		const topic = `decision:${event.subjectId}`;
		if (isQueuedLive(topic)) return;
		const rows = await tx.execute<{ shown: boolean }>(sql`
			select not hide_results_until_close and phase = 'voting' as shown
			from decisions where id = ${event.subjectId}`);
		if (rows.rows[0]?.shown) queueLive(topic, { tally: true });
	}
};
