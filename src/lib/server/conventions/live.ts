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
import { forgetOnReset } from '$lib/server/process-state';

export const conventionTopic = (id: number) => `convention:${id}`;

registerLiveTopic('convention', async (db, _viewer, id) => {
	const [row] = await db
		.select({ id: conventions.id })
		.from(conventions)
		.where(eq(conventions.id, id));
	return !!row;
});

/**
 * At most one message per convention a second: a show of hands is hundreds of votes in a few
 * seconds, and each message makes every open page reload. The first change is sent at once, the
 * ones that follow within the second are sent together at its end, so the last state always
 * arrives. (The page of whoever acted is rendered fresh by their own request.)
 */
const THROTTLE_MS = 1_000;
const last = new Map<number, number>();
const pending = new Set<number>();
forgetOnReset(() => last.clear());

function announce(conventionId: number) {
	const wait = (last.get(conventionId) ?? 0) + THROTTLE_MS - Date.now();
	if (wait <= 0) {
		last.set(conventionId, Date.now());
		// Live is a courtesy: a page without it reloads; a failed publish never fails the change.
		void publishLive(conventionTopic(conventionId), { changed: true }).catch(() => {});
		return;
	}
	if (pending.has(conventionId)) return;
	pending.add(conventionId);
	setTimeout(() => {
		pending.delete(conventionId);
		announce(conventionId);
	}, wait).unref?.();
}

/** The command, then a message on the convention's topic (its first argument is the convention). */
export function announced<Args extends [number, ...unknown[]], Out>(
	run: Command<Args, Out>
): Command<Args, Out> {
	return async (db, actor, ...args) => {
		const out = await run(db, actor, ...args);
		forgetSession(args[0]);
		announce(args[0]);
		return out;
	};
}
