import { expect, test } from './support/fixtures';
import { logIn } from './support/accounts';
import { expectAccessible } from './support/axe';

test.use({ javaScriptEnabled: false });

test('logging in says the site now speaks the account language, once, and offers to keep the other', async ({
	page,
	baseURL
}) => {
	// A visitor who chose French with the switcher logs in to an account saved in English.
	await page.context().addCookies([{ name: 'plenary_locale', value: 'fr', url: baseURL! }]);
	await page.goto('/login?next=/projects');
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await page.getByLabel('Adresse e-mail').fill('demo@example.org');
	await page.getByLabel('Mot de passe').fill('plenary-demo-2012');
	await page.getByRole('button', { name: 'Se connecter' }).click();
	await expect(page).toHaveURL(/\/projects$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	const notice = page.getByText('You are logged in, so the site is now in English');
	await expect(notice).toBeVisible();
	await expectAccessible(page);

	// Said once on this browser.
	await page.reload();
	await expect(notice).toHaveCount(0);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');

	// Keeping French saves it on the account; switching back leaves the account as it was.
	await page.context().addCookies([{ name: 'plenary_locale', value: 'fr', url: baseURL! }]);
	await page.goto('/projects');
	await page.getByRole('button', { name: 'Use français instead' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(page).toHaveURL(/\/projects$/);
	await page.getByLabel('Langue').selectOption('en');
	await page.getByRole('button', { name: 'Changer' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('without an account language to replace it, nothing is said', async ({ page }) => {
	await logIn(page, 'demo@example.org', 'plenary-demo-2012');
	await expect(page).not.toHaveURL(/\/login/);
	await expect(page.getByText('You are logged in, so the site is now in')).toHaveCount(0);
});
