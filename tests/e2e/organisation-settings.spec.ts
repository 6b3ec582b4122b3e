import { expect, test } from './support/fixtures';
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
