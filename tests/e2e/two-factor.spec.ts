import { expect, test } from './support/fixtures';
import { expectAccessible, markWithoutJavaScript } from './support/axe';
import { E2E } from './support/env';
import { logIn, logOut, newPerson, signUp, verifyFromMail } from './support/accounts';
import { totp } from '../../src/lib/server/accounts/two-factor/totp';

/** A code the app shows one step from now: never the one already spent confirming the setup. */
const nextCode = (secret: string) => totp(secret, Date.now() + 30_000);

const loggedIn = (page: import('@playwright/test').Page) =>
	expect(page.getByRole('button', { name: 'Log out', exact: true })).toBeVisible();

for (const javaScriptEnabled of [true, false]) {
	test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
		test.use({ javaScriptEnabled });

		test('turn on an authenticator, then log in with a code and with a recovery code', async ({
			page,
			browser
		}) => {
			const person = newPerson(javaScriptEnabled ? 'tfjs' : 'tfnojs', {
				passwordAloneLogsIn: false
			});
			await signUp(page, person);
			await verifyFromMail(page, person.email);
			await logIn(page, person.email, person.password);
			await loggedIn(page);

			await page.goto('/settings/security');
			await expectAccessible(page);
			await expect(page.getByText('Two-factor log-in is off.')).toBeVisible();
			await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
			const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
			expect(secret).toMatch(/^[A-Z2-7]{32}$/);
			await expect(page.getByText(`otpauth://totp/`)).toBeVisible();
			await expect(
				page.getByRole('img', { name: 'QR code to scan with your authenticator app' })
			).toBeVisible();
			await expectAccessible(page);

			// A wrong code leaves it off, with a message next to the field.
			await page.getByLabel('Code from the app').fill('000000');
			await page.getByRole('button', { name: 'Turn on two-factor log-in' }).click();
			await expect(
				page.getByText('That code is not right, or has already been used.')
			).toBeVisible();
			await expectAccessible(page);

			await page.getByLabel('Code from the app').fill(totp(secret));
			await page.getByRole('button', { name: 'Turn on two-factor log-in' }).click();
			await expect(page.getByText('Two-factor log-in is on.').first()).toBeVisible();
			await expect(page.locator('ol.codes code')).toHaveCount(10);
			const codes = await page.locator('ol.codes code').allTextContents();
			await expectAccessible(page);
			// The secret is never shown again.
			await page.goto('/settings/security');
			await expect(page.getByTestId('totp-secret')).toHaveCount(0);
			await expect(page.getByText('Unused recovery codes: 10')).toBeVisible();

			// The password alone opens nothing: the second step asks for a code.
			await logOut(page);
			await logIn(page, person.email, person.password);
			await expect(page).toHaveURL(/\/login\/second-factor$/);
			await expectAccessible(page);
			// The same step in Arabic, read right to left.
			const arabic = await browser.newContext({
				locale: 'ar',
				javaScriptEnabled,
				baseURL: E2E.baseURL
			});
			await arabic.addCookies(await page.context().cookies());
			const inArabic = await arabic.newPage();
			if (!javaScriptEnabled) markWithoutJavaScript(inArabic);
			await inArabic.goto('/login/second-factor');
			await expect(inArabic.locator('html')).toHaveAttribute('dir', 'rtl');
			await expect(inArabic.getByRole('heading', { name: 'خطوتك الثانية' })).toBeVisible();
			await expectAccessible(inArabic);
			await arabic.close();
			// Passkeys need JavaScript: without it the page says so, and the code form still works.
			if (javaScriptEnabled)
				await expect(page.getByRole('button', { name: 'Use a passkey' })).toBeVisible({
					// It appears once the page's script has run, which on a busy machine takes a while.
					timeout: 30_000
				});
			else await expect(page.getByText('Passkeys need JavaScript')).toBeVisible();
			expect((await page.goto('/settings'))?.url()).toMatch(/\/login\?next=/);
			await page.goto('/login/second-factor');
			await page.getByLabel('Code', { exact: true }).fill('000000');
			await page.getByRole('button', { name: 'Log in' }).click();
			await expect(
				page.getByText('That code is not right, or has already been used.')
			).toBeVisible();
			await expectAccessible(page);
			await page.getByLabel('Code', { exact: true }).fill(nextCode(secret));
			await page.getByRole('button', { name: 'Log in' }).click();
			await loggedIn(page);

			// A recovery code works once.
			await logOut(page);
			await logIn(page, person.email, person.password);
			await page.getByLabel('Code', { exact: true }).fill(codes[0]);
			await page.getByRole('button', { name: 'Log in' }).click();
			await loggedIn(page);
			await logOut(page);
			await logIn(page, person.email, person.password);
			await page.getByLabel('Code', { exact: true }).fill(codes[0]);
			await page.getByRole('button', { name: 'Log in' }).click();
			await expect(
				page.getByText('That code is not right, or has already been used.')
			).toBeVisible();
			await page.getByLabel('Code', { exact: true }).fill(codes[1]);
			await page.getByRole('button', { name: 'Log in' }).click();
			await loggedIn(page);

			// In Arabic the security page reads right to left and stays accessible.
			await page.goto('/settings/preferences');
			await page.getByLabel('Language of the site').selectOption('ar');
			// The save must land before the next page is asked for, or its request is abandoned.
			await Promise.all([
				page.waitForResponse(
					(r) => r.request().method() === 'POST' && r.url().includes('/settings/preferences')
				),
				page.getByRole('button', { name: 'Save' }).click()
			]);
			await page.goto('/settings/security');
			await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
			await expect(page.getByRole('heading', { name: 'الأمان', level: 1 })).toBeVisible();
			await expectAccessible(page);
		});
	});
}
