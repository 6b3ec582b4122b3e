import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { E2E } from './support/env';
import { expectAccessible, markWithoutJavaScript } from './support/axe';
import { logIn } from './support/accounts';

// The demo organisation handed its settings to the members, and a settings decision lowered the
// number of posts a member may start in a day (src/lib/server/seed/demo-settings.ts).

test('anyone reads the settings and the public log of their changes', async ({ page, request }) => {
	await page.goto('/organisation/settings');
	await expect(
		page.getByRole('heading', { level: 1, name: 'Settings of the organisation' })
	).toBeVisible();
	await expect(page.getByText('The members change the settings by decision.')).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: 'Roles' })).toBeVisible();
	await expectAccessible(page);

	await page.getByRole('link', { name: 'See every change made so far' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Log of setting changes' })
	).toBeVisible();
	const change = page.getByRole('listitem').filter({ hasText: 'Limits on writing' });
	await expect(change.getByText('applied by the decision')).toBeVisible();
	await expect(
		change.getByText('Posts and threads a member may start in a day').last()
	).toBeVisible();
	await expect(
		page
			.getByRole('listitem')
			.filter({ hasText: 'Who changes the settings' })
			.getByText('changed by')
	).toBeVisible();
	await expectAccessible(page);

	const feed = await request.get('/organisation/settings/log.xml');
	expect(feed.status()).toBe(200);
	expect(await feed.text()).toContain('<title>Limits on writing</title>');
	expect((await request.get('/organisation/settings/no.such')).status()).toBe(404);
	expect((await request.get('/setup')).status()).toBe(404);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a member sees their tier, and proposes a settings change as a decision', async ({
		page
	}) => {
		markWithoutJavaScript(page);
		await logIn(page, 'demo@example.org', 'plenary-demo-2012');
		await expect(page.getByText(/Welcome back/)).toBeVisible();

		await page.goto('/settings/membership');
		await expect(page.getByRole('heading', { level: 1, name: 'My membership' })).toBeVisible();
		await expect(page.getByText('Your tier: Interim member')).toBeVisible();
		await expect(page.getByRole('listitem').filter({ hasText: /^Vote$/ })).toBeVisible();
		await expect(
			page.getByText('The founding convention decides who becomes a member.')
		).toBeVisible();
		await expectAccessible(page);

		// Chapter confirmations: the page says who is waiting in the chapters the member facilitates.
		await page.goto('/organisation/tiers');
		await expect(
			page.getByRole('heading', { level: 1, name: 'Confirm members of your chapters' })
		).toBeVisible();
		await expectAccessible(page);

		await page.goto('/organisation/settings/writing.limits');
		await expect(page.getByRole('heading', { level: 1, name: 'Limits on writing' })).toBeVisible();
		await expect(page.getByRole('heading', { level: 2, name: 'Propose a change' })).toBeVisible();
		await expectAccessible(page);

		// A bad value: a translated 400, the form back with the field's message, nothing drafted.
		const days = page.getByLabel('Posts and threads a member may start in a day');
		await days.fill('-3');
		await page.getByRole('button', { name: 'Draft the settings decision' }).click();
		await expect(page.getByText('This number is outside the allowed range.')).toBeVisible();
		await expectAccessible(page);

		await page.getByLabel('Posts and threads a member may start in a day').fill('8');
		await page.getByRole('button', { name: 'Draft the settings decision' }).click();
		await expect(page).toHaveURL(/\/decisions\/\d+-change-the-setting/);
		await expect(
			page.getByRole('heading', { level: 1, name: 'Change the setting: Limits on writing' })
		).toBeVisible();
		await expectAccessible(page);
	});
});

/**
 * The first run, on an installation of its own: the same build started on an empty database with
 * `PLENARY_DEMO_SEED=never` (the shared app has the demo, so it can never show /setup).
 */
test.describe('a new installation without the demo', () => {
	const port = E2E.appPort + 50;
	const origin = `http://localhost:${port}`;
	const dataDir = join(tmpdir(), `plenary-e2e-first-run-${port}`);
	let app: ChildProcess | undefined;

	test.beforeAll(async () => {
		test.setTimeout(300_000);
		rmSync(dataDir, { recursive: true, force: true });
		app = spawn(process.execPath, ['scripts/serve.mjs'], {
			env: {
				...process.env,
				PORT: String(port),
				HOST: '127.0.0.1',
				ORIGIN: origin,
				PLENARY_DATA_DIR: dataDir,
				PLENARY_DEMO_SEED: 'never',
				SMTP_URL: `smtp://127.0.0.1:${E2E.smtpPort}`,
				MAIL_FROM: 'Plenary <no-reply@plenary.test>',
				NODE_ENV: 'production'
			},
			stdio: 'ignore'
		});
		const deadline = Date.now() + 150_000;
		for (;;) {
			if (app.exitCode !== null) throw new Error('the first-run app exited early');
			if (
				await fetch(`${origin}/setup`).then(
					(r) => r.ok,
					() => false
				)
			)
				break;
			if (Date.now() > deadline) throw new Error('the first-run app did not start');
			await new Promise((resolve) => setTimeout(resolve, 500));
		}
	});

	test.afterAll(async () => {
		if (app && app.exitCode === null) {
			app.kill('SIGTERM');
			await new Promise((resolve) => app!.once('exit', resolve));
		}
		rmSync(dataDir, { recursive: true, force: true });
	});

	test('every page leads to /setup; setting up logs the operator in, and /setup is gone', async ({
		page
	}) => {
		await page.goto(`${origin}/decisions`);
		await expect(page).toHaveURL(`${origin}/setup`);
		await expect(
			page.getByRole('heading', { level: 1, name: 'Set up your organisation' })
		).toBeVisible();
		await expectAccessible(page);

		await page.getByLabel('Name of the organisation').fill('Red Lentil Collective');
		await page.getByLabel('Tagline').fill('Soup for all');
		await page.getByLabel('Name', { exact: true }).fill('Olu Ade');
		await page.getByLabel('User name', { exact: true }).fill('olu');
		await page.getByLabel('E-mail address').fill('olu@example.net');
		await page.getByLabel('Password').fill('short');
		await page.getByLabel('Country').selectOption('NG');
		await page.getByRole('button', { name: 'Set up and log in' }).click();
		// Too short a password: the form comes back with its message, nothing is set up.
		await expect(page.getByLabel('Password')).toHaveAttribute('aria-invalid', 'true');
		await page.getByLabel('Password').fill('a long enough passphrase');
		await page.getByRole('button', { name: 'Set up and log in' }).click();

		await expect(page).toHaveURL(`${origin}/organisation/settings`);
		await expect(page.getByText('You are the operator: your changes apply at once.')).toBeVisible();
		await expect(page.getByRole('link', { name: 'Red Lentil Collective' }).first()).toBeVisible();
		expect((await page.request.get(`${origin}/setup`)).status()).toBe(404);
		await page.goto(`${origin}/forums`);
		await expect(page.getByText('General discussion')).toBeVisible();
	});
});
