/**
 * Hands each event to its handlers after the command that appended it has committed. Events are
 * claimed in batches with `for update skip locked`, so several app processes share the log without
 * two handling the same event; each event's handlers run in one savepoint with the mark that it
 * was dispatched, so a handler's writes (a queued mail, a notification) and that mark commit
 * together. Delivery is at least once: a handler must be idempotent, because a crash between the
 * handler and the commit runs it again.
 */
import { sql } from 'drizzle-orm';
import type { Db, Queryable } from '$lib/server/db/client';
import { backgroundWorker, type BackgroundWorker } from '$lib/server/background';
import { flushQueuedLive } from '$lib/server/live/after-commit';
import { eventData, isEventType, type EventType, type StoredEvent } from './catalogue';

export type EventHandler = {
	/** Named in logs. */
	name: string;
	types: readonly EventType[];
	handle: (tx: Queryable, event: StoredEvent) => Promise<void>;
};

const BATCH = 100;
const MAX_ATTEMPTS = 5;
const POLL_MS = 5_000;
/** Kicks that come while a batch is handled gather this long: unseen by a reader, and a busy
 * minute's events go in batches, not a transaction for every few. */
const GATHER_MS = 50;

type Row = {
	id: string | number;
	type: string;
	actor_id: string | number | null;
	subject_type: string;
	subject_id: string | number;
	data: unknown;
	created_at: Date | string;
};

/** Dispatch one batch of undispatched events; returns how many were claimed. */
export async function dispatchBatch(db: Db, handlers: readonly EventHandler[]): Promise<number> {
	return (await dispatchAndLook(db, handlers)).claimed;
}

type Dispatched = {
	claimed: number;
	/** The handlers the batch's events went to. */
	ran: Set<EventHandler>;
	/** Whether undispatched events were left when the batch was marked: the queue is not empty. */
	more: boolean;
};

async function dispatchAndLook(db: Db, handlers: readonly EventHandler[]): Promise<Dispatched> {
	try {
		return await claimAndHandle(db, handlers);
	} finally {
		// Live messages the handlers queued go once their writes have committed.
		await flushQueuedLive();
	}
}

async function claimAndHandle(db: Db, handlers: readonly EventHandler[]): Promise<Dispatched> {
	return db.transaction(async (tx) => {
		const claimed = await tx.execute<Row>(sql`
			select id, type, actor_id, subject_type, subject_id, data, created_at from events
			where dispatched_at is null and dispatch_attempts < ${MAX_ATTEMPTS}
			order by id limit ${BATCH} for update skip locked`);
		const rows = claimed.rows;
		const ran = new Set<EventHandler>();
		if (!rows.length) return { claimed: 0, ran, more: false };
		// The whole batch in one savepoint and one mark: four statements an event become about one
		// (a ballot is an event). Should any handler fail, the batch's writes are undone and each
		// event goes again in a savepoint of its own, so one bad event holds back no other.
		try {
			return await tx.transaction(async (sp) => {
				for (const row of rows) await handle(sp, handlers, row, ran);
				const ids = sql.param(rows.map((r) => Number(r.id)));
				// The mark also says whether any event is left (appended meanwhile, by a handler too,
				// or beyond the batch), so that the worker asks again only then.
				const marked = await sp.execute<{ more: boolean }>(sql`
					with marked as (update events set dispatched_at = now() where id = any(${ids}::bigint[]))
					select exists (select 1 from events where dispatched_at is null
						and dispatch_attempts < ${MAX_ATTEMPTS} and id <> all(${ids}::bigint[])) as more`);
				return { claimed: rows.length, ran, more: Boolean(marked.rows[0]?.more) };
			});
		} catch {
			// Each event alone, below, says which one failed.
		}
		for (const row of rows) {
			const id = Number(row.id);
			try {
				await tx.transaction(async (sp) => {
					await handle(sp, handlers, row, ran);
					await sp.execute(sql`update events set dispatched_at = now() where id = ${id}`);
				});
			} catch (err) {
				console.error(`event ${id} (${row.type}):`, err instanceof Error ? err.message : err);
				await tx.execute(
					sql`update events set dispatch_attempts = dispatch_attempts + 1 where id = ${id}`
				);
			}
		}
		return { claimed: rows.length, ran, more: true };
	});
}

/** Runs the handlers of one claimed event (none for a type no longer in the catalogue). */
async function handle(
	tx: Queryable,
	handlers: readonly EventHandler[],
	row: Row,
	ran: Set<EventHandler>
) {
	const event = storedEvent(row);
	if (!event) return;
	for (const h of handlers)
		if (h.types.includes(event.type)) {
			ran.add(h);
			await h.handle(tx, event);
		}
}

/** An event of a type no longer in the catalogue has no handlers: it is marked and skipped. */
function storedEvent(row: Row): StoredEvent | null {
	if (!isEventType(row.type)) return null;
	return {
		id: Number(row.id),
		type: row.type,
		actorId: row.actor_id === null ? null : Number(row.actor_id),
		subjectType: row.subject_type,
		subjectId: Number(row.subject_id),
		data: eventData(row.type, row.data),
		createdAt: new Date(row.created_at)
	} as StoredEvent;
}

/** Dispatch until nothing is left (tests call this to see a command's after-effects). */
export async function dispatchAll(db: Db, handlers: readonly EventHandler[]): Promise<void> {
	while ((await dispatchBatch(db, handlers)) > 0);
}

export function startDispatcher(
	db: Db,
	handlers: readonly EventHandler[],
	/**
	 * Runs after a batch had events, with the handlers they went to: to wake the mailer for the
	 * mail they may have queued, say, and not for a batch that only queued live messages.
	 */
	after: (ran: ReadonlySet<EventHandler>) => void = () => {}
): BackgroundWorker {
	return backgroundWorker(
		'event dispatch',
		async () => {
			const { claimed, ran, more } = await dispatchAndLook(db, handlers);
			if (claimed) after(ran);
			// The worker asks again while this is not 0: only when events were left.
			return more ? claimed : 0;
		},
		POLL_MS,
		GATHER_MS
	);
}
