import { expect, test } from './support/fixtures';
import { expectAccessible, markWithoutJavaScript } from './support/axe';
import { logIn } from './support/accounts';

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a member downloads everything about them; nobody else can', async ({ page, request }) => {
		markWithoutJavaScript(page);
		expect((await request.get('/settings/export/data.json')).status()).toBe(401);

		await page.goto('/login');
		await logIn(page, 'demo@example.org', 'plenary-demo-2012');
		await page.goto('/settings');
		await page.getByRole('link', { name: 'Your data' }).click();
		await expect(
			page.getByRole('heading', { level: 1, name: 'Everything about you' })
		).toBeVisible();
		await expectAccessible(page);

		const download = page.waitForEvent('download');
		await page.getByRole('link', { name: 'Download my data (JSON)' }).click();
		const file = await download;
		expect(file.suggestedFilename()).toMatch(/^plenary-\d+-\d{4}-\d{2}-\d{2}\.json$/);
		const response = await page.request.get('/settings/export/data.json');
		expect(response.headers()['cache-control']).toBe('no-store');
		const data = await response.json();
		expect(data.member.handle).toBe('demo');
		expect(data.member).not.toHaveProperty('password_hash');
		expect(Object.keys(data.tables)).toEqual(
			expect.arrayContaining(['chapter_memberships', 'sessions'])
		);
	});
});

test('the export page lays out right-to-left in Arabic', async ({ page }) => {
	await logIn(page, 'demo@example.org', 'plenary-demo-2012');
	await expect(page.getByText(/Welcome back/)).toBeVisible();
	const origin = new URL(page.url()).origin;
	const switchTo = (locale: string) =>
		page.request.post('/language', { form: { locale }, headers: { origin }, maxRedirects: 0 });
	await switchTo('ar');
	try {
		await page.goto('/settings/export');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.getByRole('heading', { level: 1, name: 'كل ما يخصك' })).toBeVisible();
		await expectAccessible(page);
	} finally {
		await switchTo('en');
	}
});
