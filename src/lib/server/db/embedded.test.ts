import { afterAll, expect, it } from 'vitest';
import { startEmbeddedServer } from '../../../../scripts/embedded-db.mjs';
import { openPool, type Connection } from './client';
import { connectWhenFree } from './embedded';

// The embedded database as the app runs it: one connection at a time.
const server = await startEmbeddedServer({});
const target = { socketDir: server.socketDir, port: server.port };
const opened: Connection[] = [];
const open = () => {
	const connection = openPool(target);
	opened.push(connection);
	return connection;
};
afterAll(async () => {
	await Promise.all(opened.map((c) => c.close().catch(() => {})));
	await server.stop();
});

it('waits while another holds the one connection, and connects once it has let go', async () => {
	const first = open();
	await connectWhenFree(first.pool);
	const second = open();
	let connected = false;
	const waiting = connectWhenFree(second.pool).then(() => (connected = true));
	// Refused while the first holds it (each refusal is retried).
	await expect(connectWhenFree(open().pool, 300)).rejects.toThrow();
	expect(connected).toBe(false);
	await first.close();
	await waiting;
	expect((await second.pool.query('select 1 as one')).rows).toEqual([{ one: 1 }]);
});
