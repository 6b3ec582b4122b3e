/**
 * What the database benchmarks share: `--name N` arguments, and a fresh database to fill (an
 * in-memory embedded one, or the empty PostgreSQL database named by BENCH_DATABASE_URL).
 */
import { openPool, type Connection } from '../src/lib/server/db/client';

const args = process.argv.slice(2);

/** Is the flag `--name` given? */
export function flagArg(name: string): boolean {
	return args.includes(`--${name}`);
}

export function numberArg(name: string, fallback: number): number {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? Number(args[i + 1]) : fallback;
}

export async function openBenchDatabase(
	max: number
): Promise<{ conn: Connection; stop: () => Promise<void> }> {
	if (process.env.BENCH_DATABASE_URL) {
		const conn = openPool({ url: process.env.BENCH_DATABASE_URL, max });
		return { conn, stop: () => conn.close() };
	}
	const { startEmbeddedServer } = await import('../scripts/embedded-db.mjs');
	const server = await startEmbeddedServer({});
	const conn = openPool({ socketDir: server.socketDir, port: server.port });
	return {
		conn,
		stop: async () => {
			await conn.close();
			await server.stop();
		}
	};
}
