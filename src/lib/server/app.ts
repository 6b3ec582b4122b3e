import type { ChildProcess } from 'node:child_process';
import { config, type Config } from './config';
import { openPool, type Db, type PoolTarget } from './db/client';
import { connectWhenFree, startEmbeddedDatabase, stopEmbeddedDatabase } from './db/embedded';
import { migrateDatabase } from './db/migrate';
import { startMailer, type Mailer } from './mail/mailer';
import { type BackgroundWorker } from './background';
import { startDispatcher } from './events/dispatcher';
import { handlers } from './events/handlers';
import { liveHandler } from './live/handler';
import { needsSetup } from './instance/first-run';
import { startScheduler } from './scheduler';
import { appJobs } from './scheduler/jobs';
import { usePostgresFanOut } from './live';
import { pagesChanged } from './page-cache';
import { startFederationDelivery } from './federation/delivery';

export type App = {
	db: Db;
	config: Config;
	mailer: Mailer;
	dispatcher: BackgroundWorker;
	/** Sends queued ActivityPub deliveries (docs/federation.md). */
	federation: BackgroundWorker;
	close: () => Promise<void>;
};

let starting: Promise<App> | undefined;

/** The running app's shared pieces, started once: database, migrations, demo data, mailer. */
export function app(): Promise<App> {
	starting ??= start();
	return starting;
}

async function start(): Promise<App> {
	const cfg = config();
	let child: ChildProcess | undefined;
	let target: PoolTarget;
	if (cfg.databaseUrl) {
		target = { url: cfg.databaseUrl, max: cfg.poolSize };
	} else {
		const embedded = await startEmbeddedDatabase(cfg.dataDir);
		child = embedded.child;
		target = { socketDir: embedded.socketDir, port: embedded.port };
	}
	let connection = openPool(target);
	await migrateDatabase(connection.pool);
	if (cfg.demoSeed === 'auto' && (await needsSetup(connection.db))) {
		// In a process of its own, which gives back what seeding leaves in memory when it exits
		// (seed/demo-process.ts); loaded only then. The embedded database takes one connection:
		// ours is closed until the seeding process has finished with it.
		await connection.close();
		const { seedDemoInOwnProcess } = await import('./seed/demo-process');
		await seedDemoInOwnProcess(target);
		connection = openPool(target);
		await connectWhenFree(connection.pool);
	}
	const mailer = startMailer(connection.db, cfg.smtpUrl, cfg.mailFrom);
	const origin = process.env.ORIGIN ?? `http://localhost:${process.env.PORT ?? 3000}`;
	const federation = startFederationDelivery(
		connection.db,
		origin,
		cfg.federation.allowPrivateNetworks
	);
	// Events are handed to their handlers after commit; mail and deliveries they queue go out right
	// after, and visitors' kept pages are dropped (a vote closed by the scheduler changes them too).
	// A batch that went to the live handler alone (ballots) queued neither, so the two
	// workers are not asked to look: under a stream of ballots they would look many times a second.
	const dispatcher = startDispatcher(connection.db, handlers, (ran) => {
		if ([...ran].some((h) => h !== liveHandler)) {
			mailer.kick();
			federation.kick();
		}
		pagesChanged();
	});
	// Periodic jobs (lapsing, …): claimed in the database, so one process runs each (docs/decisions.md).
	const scheduler = startScheduler(connection.db, appJobs(origin));
	// Live updates cross app processes through LISTEN/NOTIFY; the embedded database has one process.
	const stopLive = cfg.databaseUrl ? await usePostgresFanOut(connection.pool) : async () => {};
	let closing: Promise<void> | undefined;
	return {
		db: connection.db,
		config: cfg,
		mailer,
		dispatcher,
		federation,
		// Called once the web server has finished its last request (adapter-node's graceful
		// shutdown on SIGTERM or SIGINT): the workers finish the batch they are on, then the
		// database closes, the embedded one last so that it outlives every query.
		close: () =>
			(closing ??= (async () => {
				await scheduler.stop();
				await dispatcher.stop();
				await mailer.stop();
				await federation.stop();
				await stopLive();
				await connection.close();
				if (child) await stopEmbeddedDatabase(child);
			})())
	};
}
