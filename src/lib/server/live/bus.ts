/**
 * The live bus: who in this process listens to which topic, and how a message published in any
 * app process reaches them. On PostgreSQL a message goes out with NOTIFY and every process
 * (the publisher too) hears it on one LISTEN connection of its own; on the embedded database
 * there is only ever one app process (the data folder is locked), so delivery stays in process.
 */
import pg from 'pg';

export type LiveListener = (topic: string, data: unknown) => void;

const CHANNEL = 'plenary_live';
/** NOTIFY payloads stop at 8,000 bytes; keep room for the envelope. */
const MAX_NOTIFY_BYTES = 7_000;

const listeners = new Map<string, Set<LiveListener>>();

/** Listen to a topic in this process; returns the function that stops listening. */
export function listen(topic: string, listener: LiveListener): () => void {
	let set = listeners.get(topic);
	if (!set) listeners.set(topic, (set = new Set()));
	set.add(listener);
	return () => {
		set.delete(listener);
		if (!set.size && listeners.get(topic) === set) listeners.delete(topic);
	};
}

/** How many listeners this process has (benchmarks and tests). */
export function listenerCount(): number {
	let n = 0;
	for (const set of listeners.values()) n += set.size;
	return n;
}

function deliver(topic: string, data: unknown) {
	const set = listeners.get(topic);
	if (!set) return;
	for (const listener of [...set]) {
		try {
			listener(topic, data);
		} catch (err) {
			console.error(`live ${topic}:`, err instanceof Error ? err.message : err);
		}
	}
}

type Transport = {
	publish: (topic: string, data: unknown) => Promise<void>;
	close: () => Promise<void>;
};

let transport: Transport | null = null;

export async function publish(topic: string, data: unknown): Promise<void> {
	if (transport) await transport.publish(topic, data);
	else deliver(topic, data);
}

/**
 * Fan out through PostgreSQL from now on. `pool` publishes (a NOTIFY sent outside a transaction
 * goes at once); a dedicated client listens and reconnects after a lost connection. Messages
 * published while it is away are lost: pages resubscribe and reload what they show.
 */
export async function usePostgresFanOut(pool: pg.Pool): Promise<() => Promise<void>> {
	let client: pg.Client | null = null;
	let closed = false;
	let retry: ReturnType<typeof setTimeout> | undefined;

	async function connect(delay = 500): Promise<void> {
		if (closed) return;
		const c = new pg.Client(pool.options);
		c.on('notification', (n) => {
			if (n.channel === CHANNEL && n.payload) void received(n.payload);
		});
		c.on('error', (err) => {
			console.error('live listener lost its connection:', err.message);
			c.end().catch(() => {});
			if (client === c) client = null;
			if (!closed) retry = setTimeout(() => void connect(Math.min(delay * 2, 30_000)), delay);
		});
		try {
			await c.connect();
			await c.query(`listen ${CHANNEL}`);
			client = c;
		} catch (err) {
			console.error('live listener could not connect:', err instanceof Error ? err.message : err);
			c.end().catch(() => {});
			if (!closed) retry = setTimeout(() => void connect(Math.min(delay * 2, 30_000)), delay);
		}
	}

	async function received(payload: string) {
		try {
			const note = JSON.parse(payload) as { t: string; d?: unknown; ref?: number };
			if (note.ref === undefined) return deliver(note.t, note.d);
			const row = await pool.query<{ data: unknown }>(
				'select data from live_messages where id = $1',
				[note.ref]
			);
			if (row.rows[0]) deliver(note.t, row.rows[0].data);
		} catch (err) {
			console.error('live message dropped:', err instanceof Error ? err.message : err);
		}
	}

	await connect();
	transport = {
		async publish(topic, data) {
			const small = JSON.stringify({ t: topic, d: data });
			if (Buffer.byteLength(small) <= MAX_NOTIFY_BYTES) {
				await pool.query('select pg_notify($1, $2)', [CHANNEL, small]);
				return;
			}
			// Too big for NOTIFY: store it, send its id; old ones go on the way.
			const row = await pool.query<{ id: string }>(
				`with gone as (delete from live_messages where created_at < now() - interval '10 minutes')
				insert into live_messages (topic, data) values ($1, $2) returning id`,
				[topic, JSON.stringify(data)]
			);
			await pool.query('select pg_notify($1, $2)', [
				CHANNEL,
				JSON.stringify({ t: topic, ref: Number(row.rows[0].id) })
			]);
		},
		async close() {
			closed = true;
			clearTimeout(retry);
			await client?.end().catch(() => {});
			client = null;
		}
	};
	const mine = transport;
	return async () => {
		await mine.close();
		if (transport === mine) transport = null;
	};
}
