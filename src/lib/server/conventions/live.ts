/**
 * The session page follows `convention:<id>` live: every change publishes a bare "changed" after
 * its transaction commits, and the page reloads what it shows through its own authorised load.
 * Anyone may follow a convention's topic, as anyone may read its page.
 */
import { eq } from 'drizzle-orm';
import { conventions } from '$lib/server/db/schema';
import { publishLive, registerLiveTopic } from '$lib/server/live';
import type { Command } from '$lib/server/command';
import { forgetSession } from './session-cache';

export const conventionTopic = (id: number) => `convention:${id}`;

registerLiveTopic('convention', async (db, _viewer, id) => {
	const [row] = await db
		.select({ id: conventions.id })
		.from(conventions)
		.where(eq(conventions.id, id));
	return !!row;
});

/** The command, then a message on the convention's topic (its first argument is the convention). */
export function announced<Args extends [number, ...unknown[]], Out>(
	run: Command<Args, Out>
): Command<Args, Out> {
	return async (db, actor, ...args) => {
		const out = await run(db, actor, ...args);
		forgetSession(args[0]);
		// Live is a courtesy: a page without it reloads; a failed publish never fails the change.
		await publishLive(conventionTopic(args[0]), { changed: true }).catch(() => {});
		return out;
	};
}
