import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { expectAccessible } from './support/axe';
import { logIn, logOut, newPerson, signUp, verifyFromMail } from './support/accounts';

/**
 * Passkeys in a real browser: Chromium's own WebAuthn stack with a virtual authenticator (the
 * DevTools protocol's, standing in for a phone or a security key), against the app's real
 * registration and log-in endpoints. WebAuthn needs a host name, so the suite runs on `localhost`.
 */
async function virtualAuthenticator(page: Page) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('WebAuthn.enable');
	await cdp.send('WebAuthn.addVirtualAuthenticator', {
		options: {
			protocol: 'ctap2',
			transport: 'internal',
			hasResidentKey: true,
			hasUserVerification: true,
			isUserVerified: true,
			automaticPresenceSimulation: true
		}
	});
}

test('add a passkey, then log in with it and no password', async ({ page }) => {
	const person = newPerson('passkey', { passwordAloneLogsIn: false });
	await signUp(page, person);
	await verifyFromMail(page, person.email);
	await logIn(page, person.email, person.password);
	await expect(page.getByRole('button', { name: 'Log out', exact: true })).toBeVisible();
	await virtualAuthenticator(page);

	await page.goto('/settings/security');
	await expect(page.getByText('You have no passkeys yet.')).toBeVisible();
	await page.getByRole('button', { name: 'Add a passkey' }).click();
	await expect(page.getByText('The passkey was added.')).toBeVisible();
	await expect(page.getByText('You have no passkeys yet.')).toHaveCount(0);
	await expectAccessible(page);

	await logOut(page);
	await page.goto('/login');
	await page.getByRole('button', { name: 'Use a passkey' }).click();
	await expect(page.getByRole('button', { name: 'Log out', exact: true })).toBeVisible();
	await page.goto(`/@${person.handle}`);
	await expect(page.getByRole('heading', { level: 1 })).toContainText(person.displayName);
});
