import { and, count, eq, sql } from 'drizzle-orm';
import type { Db, Queryable } from '$lib/server/db/client';
import { federationDeliveries, federationFollows, remoteActors } from '$lib/server/db/schema';
import { backgroundWorker, type BackgroundWorker } from '$lib/server/background';
import { signingKeyOf } from './actors';
import { safeFetch } from './safe-fetch';
import { signedPostHeaders } from './signatures';

const MAX_ATTEMPTS = 8;
const POLL_MS = 30_000;

/** Queue an activity for some inboxes (each once); the worker signs and sends it. */
export async function enqueueDelivery(
	db: Queryable,
	actorId: number,
	inboxes: string[],
	activity: object
): Promise<number> {
	const unique = [...new Set(inboxes)];
	if (!unique.length) return 0;
	await db
		.insert(federationDeliveries)
		.values(unique.map((inbox) => ({ actorId, inbox, activity })));
	return unique.length;
}

/**
 * The inboxes of an actor's followers: each server's shared inbox where it has one, so a post
 * followed by a thousand people on one server is sent there once.
 */
export async function followerInboxes(db: Queryable, actorId: number): Promise<string[]> {
	const rows = await db
		.select({ inbox: sql<string>`coalesce(${remoteActors.sharedInbox}, ${remoteActors.inbox})` })
		.from(federationFollows)
		.innerJoin(remoteActors, eq(remoteActors.id, federationFollows.remoteActorId))
		.where(isFollowerOf(actorId));
	return rows.map((r) => r.inbox);
}

const isFollowerOf = (actorId: number) =>
	and(eq(federationFollows.actorId, actorId), eq(federationFollows.direction, 'follower'));

/** How many follow an actor of ours (never who: see the followers collection). */
export async function followerCount(db: Queryable, actorId: number): Promise<number> {
	const [row] = await db
		.select({ n: count() })
		.from(federationFollows)
		.where(isFollowerOf(actorId));
	return row?.n ?? 0;
}

/**
 * Sends queued activities, one row at a time, outside any transaction (a slow server holds no
 * database connection). A row is claimed for two minutes in one statement, so several app
 * processes share the queue; a refusal or an unreachable server is tried again later, each pause
 * longer than the last (1, 4, 9, … minutes), up to MAX_ATTEMPTS, like the mail outbox.
 */
export function startFederationDelivery(
	db: Db,
	origin: string,
	allowPrivateNetworks: boolean
): BackgroundWorker {
	async function deliverOne(): Promise<boolean> {
		const claimed = await db.execute<{
			id: number;
			actor_id: number;
			inbox: string;
			activity: object;
		}>(sql`
			update federation_deliveries set attempts = attempts + 1,
				claimed_until = now() + interval '2 minutes'
			where id = (
				select id from federation_deliveries
				where delivered_at is null and attempts < ${MAX_ATTEMPTS}
					and (claimed_until is null or claimed_until < now())
				order by id limit 1 for update skip locked)
			returning id, actor_id, inbox, activity`);
		const row = claimed.rows[0];
		if (!row) return false;
		const id = Number(row.id);
		try {
			const key = await signingKeyOf(db, Number(row.actor_id), origin);
			if (!key) throw new Error('the actor is gone');
			// An actor that no longer federates sends its withdrawals and nothing else.
			if (!key.federates && (row.activity as { type?: unknown }).type !== 'Delete') {
				await db
					.update(federationDeliveries)
					.set({ attempts: MAX_ATTEMPTS, lastError: 'the actor no longer federates' })
					.where(eq(federationDeliveries.id, id));
				return true;
			}
			const body = JSON.stringify(row.activity);
			const answer = await safeFetch(row.inbox, {
				allowPrivateNetworks,
				method: 'POST',
				headers: await signedPostHeaders(row.inbox, body, key),
				body,
				maxBytes: 100_000
			});
			if (answer.status < 200 || answer.status >= 300) throw new Error(`answered ${answer.status}`);
			await db
				.update(federationDeliveries)
				.set({ deliveredAt: sql`now()`, lastError: null })
				.where(eq(federationDeliveries.id, id));
		} catch (err) {
			const message = err instanceof Error ? err.message : String(err);
			await db
				.update(federationDeliveries)
				.set({
					lastError: message.slice(0, 500),
					claimedUntil: sql`now() + make_interval(mins => ${federationDeliveries.attempts} * ${federationDeliveries.attempts})`
				})
				.where(eq(federationDeliveries.id, id));
		}
		return true;
	}

	async function deliverBatch(): Promise<number> {
		let n = 0;
		while (n < 20 && (await deliverOne())) n++;
		return n;
	}

	return backgroundWorker('federation delivery', deliverBatch, POLL_MS);
}
