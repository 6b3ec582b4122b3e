import { resolve } from 'node:path';
import { z } from 'zod';
import { forgetOnReset } from './process-state';

/**
 * Configuration from the environment, checked once at start. Each problem is reported with
 * the variable's name and how to fix it (see .env.example and the README's table).
 */
const schema = z.object({
	DATABASE_URL: z
		.string()
		.regex(
			/^postgres(ql)?:\/\//,
			'must be a PostgreSQL URL such as postgres://user@host:5432/plenary'
		)
		.optional(),
	DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
	PLENARY_DATA_DIR: z.string().min(1).default('data'),
	SMTP_URL: z
		.string()
		.regex(/^smtps?:\/\//, 'must look like smtp://user:pass@host:587 or smtps://host:465')
		.optional(),
	MAIL_FROM: z.string().min(3).default('Plenary <no-reply@localhost>'),
	PLENARY_DEMO_SEED: z.enum(['auto', 'never']).default('auto'),
	PLENARY_DEV_MAIL: z.enum(['on', 'off']).optional(),
	PLENARY_TEST_CLOCK: z.enum(['on', 'off']).default('off'),
	NODE_ENV: z.string().optional(),
	// Uploaded images: an S3-compatible store when S3_BUCKET is set, else PLENARY_DATA_DIR/media.
	S3_ENDPOINT: z
		.url({ error: 'must be a URL such as https://s3.eu-west-1.amazonaws.com' })
		.optional(),
	S3_BUCKET: z.string().min(3).optional(),
	S3_REGION: z.string().min(1).default('us-east-1'),
	S3_ACCESS_KEY_ID: z.string().min(1).optional(),
	S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
	// ActivityPub (docs/federation.md): on by default; private addresses only for tests on one machine.
	PLENARY_FEDERATION: z.enum(['on', 'off']).default('on'),
	PLENARY_FEDERATION_PRIVATE_NETWORKS: z.enum(['allow', 'refuse']).default('refuse')
});

export type Config = {
	databaseUrl: string | undefined;
	poolSize: number;
	dataDir: string;
	smtpUrl: string | undefined;
	mailFrom: string;
	demoSeed: 'auto' | 'never';
	/** Mail with nowhere to go is kept in the outbox and shown at /dev/mail. */
	devMailbox: boolean;
	/** Browser tests only: POST /dev/decisions/ID/advance ends a decision's current phase now. */
	testClock: boolean;
	production: boolean;
	/** ActivityPub: whether the actors answer at all, and whether private addresses may be fetched. */
	federation: { enabled: boolean; allowPrivateNetworks: boolean };
	/** Where uploaded images go (see $lib/server/writing/media-store). */
	media:
		| { kind: 'folder' }
		| {
				kind: 's3';
				endpoint: string;
				bucket: string;
				region: string;
				accessKeyId: string;
				secretAccessKey: string;
		  };
};

export class ConfigError extends Error {}

export function readConfig(env: Record<string, string | undefined> = process.env): Config {
	// Treat empty strings as unset, the way .env files are usually written.
	const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
	const parsed = schema.safeParse(cleaned);
	if (!parsed.success) {
		const lines = parsed.error.issues.map(
			(issue) => `  ${issue.path.join('.')}: ${issue.message} (see .env.example)`
		);
		throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
	}
	const e = parsed.data;
	if (e.S3_BUCKET && (!e.S3_ACCESS_KEY_ID || !e.S3_SECRET_ACCESS_KEY))
		throw new ConfigError(
			'Invalid configuration:\n  S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY: required when S3_BUCKET is set (see .env.example)'
		);
	const production = e.NODE_ENV === 'production';
	const devMailbox =
		!e.SMTP_URL && (e.PLENARY_DEV_MAIL ? e.PLENARY_DEV_MAIL === 'on' : !production);
	if (production && !e.SMTP_URL && e.PLENARY_DEV_MAIL === 'on') {
		throw new ConfigError(
			'Invalid configuration:\n  PLENARY_DEV_MAIL: the development mailbox cannot be used with NODE_ENV=production; set SMTP_URL instead'
		);
	}
	return {
		databaseUrl: e.DATABASE_URL,
		poolSize: e.DATABASE_POOL_SIZE,
		dataDir: resolve(e.PLENARY_DATA_DIR),
		smtpUrl: e.SMTP_URL,
		mailFrom: e.MAIL_FROM,
		demoSeed: e.PLENARY_DEMO_SEED,
		devMailbox,
		testClock: e.PLENARY_TEST_CLOCK === 'on',
		production,
		federation: {
			enabled: e.PLENARY_FEDERATION === 'on',
			allowPrivateNetworks: e.PLENARY_FEDERATION_PRIVATE_NETWORKS === 'allow'
		},
		media: e.S3_BUCKET
			? {
					kind: 's3',
					endpoint: e.S3_ENDPOINT ?? `https://s3.${e.S3_REGION}.amazonaws.com`,
					bucket: e.S3_BUCKET,
					region: e.S3_REGION,
					accessKeyId: e.S3_ACCESS_KEY_ID ?? '',
					secretAccessKey: e.S3_SECRET_ACCESS_KEY ?? ''
				}
			: { kind: 'folder' }
	};
}

let cached: Config | undefined;
forgetOnReset(() => (cached = undefined));
export function config(): Config {
	cached ??= readConfig();
	return cached;
}
