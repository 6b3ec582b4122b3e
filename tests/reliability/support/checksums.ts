import pg from 'pg';
import { startEmbeddedServer } from '../../../scripts/embedded-db.mjs';

export type Checksums = Record<string, { rows: number; md5: string }>;

/** Every table's row count and a checksum of its rows in a fixed order. */
async function checksumsOver(client: pg.ClientBase): Promise<Checksums> {
	const { rows: tables } = await client.query<{ name: string }>(`
		select format('%I.%I', schemaname, tablename) as name from pg_tables
		where schemaname not in ('pg_catalog', 'information_schema') order by 1`);
	const sums: Checksums = {};
	for (const { name } of tables) {
		const { rows } = await client.query<{ n: number; md5: string }>(
			`select count(*)::int as n, coalesce(md5(string_agg(t::text, E'\\n' order by t::text)), '') as md5
			 from ${name} t`
		);
		sums[name] = { rows: rows[0].n, md5: rows[0].md5 };
	}
	return sums;
}

export async function postgresChecksums(url: string): Promise<Checksums> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		return await checksumsOver(client);
	} finally {
		await client.end();
	}
}

/** Open an embedded database's folder (no server may have it open) and read it. */
export async function withEmbedded<T>(
	dataDir: string,
	read: (client: pg.ClientBase) => Promise<T>
): Promise<T> {
	const server = await startEmbeddedServer({ dataDir });
	const client = new pg.Client({ host: server.socketDir, port: server.port, user: 'postgres' });
	try {
		await client.connect();
		return await read(client);
	} finally {
		await client.end();
		await server.stop();
	}
}

export const embeddedChecksums = (dataDir: string) => withEmbedded(dataDir, checksumsOver);
