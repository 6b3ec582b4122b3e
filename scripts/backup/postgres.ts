import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { BackupError } from './errors';

/** Connection parameters a URL may carry, and the libpq variable each becomes. */
const PARAMETERS: Record<string, string> = {
	host: 'PGHOST',
	port: 'PGPORT',
	user: 'PGUSER',
	password: 'PGPASSWORD',
	dbname: 'PGDATABASE',
	sslmode: 'PGSSLMODE',
	sslrootcert: 'PGSSLROOTCERT',
	sslcert: 'PGSSLCERT',
	sslkey: 'PGSSLKEY',
	connect_timeout: 'PGCONNECT_TIMEOUT',
	application_name: 'PGAPPNAME',
	options: 'PGOPTIONS'
};

/**
 * DATABASE_URL as libpq's environment variables, so the password never shows in the process
 * list as it would in a `--dbname=postgres://…` argument.
 */
export function libpqEnvironment(databaseUrl: string): Record<string, string> {
	const url = new URL(databaseUrl);
	const env: Record<string, string> = {};
	if (url.hostname) env.PGHOST = url.hostname.replace(/^\[(.*)\]$/, '$1');
	if (url.port) env.PGPORT = url.port;
	if (url.username) env.PGUSER = decodeURIComponent(url.username);
	if (url.password) env.PGPASSWORD = decodeURIComponent(url.password);
	if (url.pathname.length > 1) env.PGDATABASE = decodeURIComponent(url.pathname.slice(1));
	for (const [key, value] of url.searchParams) {
		// node-postgres reads ssl=true as "require TLS".
		if (key === 'ssl') {
			if (value === 'true' || value === '1') env.PGSSLMODE ??= 'require';
			continue;
		}
		const variable = PARAMETERS[key];
		if (!variable)
			throw new BackupError(
				`DATABASE_URL has a parameter the PostgreSQL tools do not take: ${key}. ` +
					`Known ones: ${Object.keys(PARAMETERS).join(', ')}.`
			);
		env[variable] = value;
	}
	return env;
}

/** Run one of the PostgreSQL client tools; what it says on stderr becomes the error. */
function runTool(tool: string, args: string[], env: Record<string, string>): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn(tool, args, {
			env: { ...process.env, ...env },
			stdio: ['ignore', 'ignore', 'pipe']
		});
		let stderr = '';
		child.stderr?.on('data', (chunk) => (stderr += chunk));
		child.once('error', (err: NodeJS.ErrnoException) =>
			reject(
				err.code === 'ENOENT'
					? new BackupError(
							`${tool} was not found on PATH. Install the PostgreSQL client tools of your ` +
								`server's major version or newer (Debian and Ubuntu: apt-get install postgresql-client).`
						)
					: err
			)
		);
		child.once('close', (code) => {
			if (code === 0) return resolve();
			const hint = /version mismatch/.test(stderr)
				? `\n${tool} must be of the server's major version or newer.`
				: '';
			reject(new BackupError(`${tool} failed (exit code ${code}):\n${stderr.trim()}${hint}`));
		});
	});
}

/** A consistent snapshot even while the app writes: pg_dump reads in one transaction. */
export async function backupPostgres(databaseUrl: string, file: string): Promise<void> {
	await runTool(
		'pg_dump',
		['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`],
		libpqEnvironment(databaseUrl)
	);
}

/** The tables already in the database, schema-qualified (system schemas left out). */
export async function tablesIn(databaseUrl: string): Promise<string[]> {
	const client = new pg.Client({ connectionString: databaseUrl });
	try {
		await client.connect();
	} catch (err) {
		throw new BackupError(`Cannot connect to DATABASE_URL: ${(err as Error).message}`);
	}
	try {
		const { rows } = await client.query<{ name: string }>(`
			select n.nspname || '.' || c.relname as name
			from pg_class c join pg_namespace n on n.oid = c.relnamespace
			where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema')
				and n.nspname not like 'pg\\_%'
			order by 1`);
		return rows.map((r) => r.name);
	} finally {
		await client.end();
	}
}

/** Every schema of the database but the system's, emptied: what `--force` replaces. */
const DROP_EVERYTHING = `
do $$
declare s text;
begin
	for s in select nspname from pg_namespace
		where nspname not in ('pg_catalog', 'information_schema') and nspname not like 'pg\\_%'
	loop
		execute format('drop schema %I cascade', s);
	end loop;
end $$;
create schema public;`;

/**
 * Restore a pg_dump file (custom or plain) in one transaction: a restore that fails changes
 * nothing, and with `force` the old contents are dropped in that same transaction.
 */
export async function restorePostgres(
	databaseUrl: string,
	file: string,
	format: 'pg-custom' | 'pg-plain',
	force: boolean
): Promise<void> {
	const existing = await tablesIn(databaseUrl);
	if (existing.length > 0 && !force)
		throw new BackupError(
			`The database already holds ${existing.length} tables (${existing.slice(0, 3).join(', ')}…). ` +
				'Restore into an empty database, or add --force to replace everything in this one.'
		);
	const env = libpqEnvironment(databaseUrl);
	const psql = ['--no-psqlrc', '--quiet', '--set=ON_ERROR_STOP=1', '--single-transaction'];
	if (existing.length > 0) psql.push(`--command=${DROP_EVERYTHING}`);
	if (format === 'pg-plain') {
		await runTool('psql', [...psql, `--file=${file}`], env);
	} else {
		// pg_restore turns the archive into SQL first: psql would commit a script cut short by a
		// failing pg_restore, so it only starts on a complete one.
		const folder = mkdtempSync(join(tmpdir(), 'plenary-restore-'));
		try {
			const script = join(folder, 'restore.sql');
			await runTool('pg_restore', ['--no-owner', '--no-privileges', `--file=${script}`, file], env);
			await runTool('psql', [...psql, `--file=${script}`], env);
		} finally {
			rmSync(folder, { recursive: true, force: true });
		}
	}
	// A restored database has no planner statistics until autovacuum gets to it.
	const client = new pg.Client({ connectionString: databaseUrl });
	await client.connect();
	await client.query('analyze');
	await client.end();
}
