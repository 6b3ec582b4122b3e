import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config';

describe('configuration', () => {
	it('has working defaults: embedded database in ./data, development mailbox', () => {
		const config = readConfig({});
		expect(config.databaseUrl).toBeUndefined();
		expect(config.dataDir).toMatch(/[/\\]data$/);
		expect(config.devMailbox).toBe(true);
	});

	it('names the variable that is wrong and how to fix it', () => {
		expect(() => readConfig({ DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
		expect(() => readConfig({ DATABASE_URL: 'mysql://x' })).toThrow(
			/DATABASE_URL: must be a PostgreSQL URL/
		);
		expect(() => readConfig({ SMTP_URL: 'mail.example.org' })).toThrow(
			/SMTP_URL: must look like smtp:\/\//
		);
		expect(() => readConfig({ DATABASE_POOL_SIZE: 'lots' })).toThrow(/DATABASE_POOL_SIZE/);
	});

	it('never shows the development mailbox in production', () => {
		expect(readConfig({ NODE_ENV: 'production' }).devMailbox).toBe(false);
		expect(() => readConfig({ NODE_ENV: 'production', PLENARY_DEV_MAIL: 'on' })).toThrow(
			/PLENARY_DEV_MAIL/
		);
		expect(readConfig({ SMTP_URL: 'smtp://localhost:25' }).devMailbox).toBe(false);
	});
});
