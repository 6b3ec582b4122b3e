import { expect, test } from './support/fixtures';
import { expectAccessible } from './support/axe';
import { logIn } from './support/accounts';

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a member makes an access token, sees it once, uses it, and revokes it', async ({
		page,
		request
	}) => {
		await page.goto('/developers');
		await expect(page.getByRole('heading', { level: 1, name: 'API for developers' })).toBeVisible();
		await expectAccessible(page);

		await page.goto('/login');
		await logIn(page, 'demo@example.org', 'plenary-demo-2012');
		await page.goto('/settings');
		await page.getByRole('link', { name: 'Access tokens' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Access tokens' })).toBeVisible();
		await expectAccessible(page);

		const name = `Chat bot ${Date.now()}`;
		await page.getByLabel('Name').fill(name);
		await page.getByRole('checkbox', { name: /^write/ }).check();
		await page.getByRole('button', { name: 'Create token' }).click();
		const secret = (await page.getByTestId('new-token').textContent())!.trim();
		expect(secret).toMatch(/^plenary_[\w-]{43}$/);
		await expectAccessible(page);

		// The token works for the API, as its member, with its scopes.
		const bearer = { authorization: `Bearer ${secret}` };
		const read = await request.get('/api/v1/decisions', { headers: bearer });
		expect(read.status()).toBe(200);
		expect(read.headers()['etag']).toBeTruthy();
		const refused = await request.post('/api/v1/decisions/1/ballot', {
			headers: bearer,
			data: { vote: 'yes' }
		});
		expect(refused.status()).toBe(403);
		expect(refused.headers()['content-type']).toMatch(/^application\/problem\+json/);
		// ... and never for the site's forms, which know only the session cookie.
		const form = await request.post('/settings/tokens?/create', {
			headers: { ...bearer, origin: new URL(page.url()).origin },
			form: { name: 'Sneaky', scopes: 'read' },
			maxRedirects: 0
		});
		expect(form.status()).toBe(401);

		// Shown once: the list names it, the secret is gone.
		await page.goto('/settings/tokens');
		const row = page.getByRole('row', { name: new RegExp(name) });
		await expect(row).toBeVisible();
		await expect(page.getByText(secret)).toHaveCount(0);
		await row.getByRole('button', { name: 'Revoke' }).click();
		await expect(page.getByText('The token is revoked: it no longer works.')).toBeVisible();
		await expect(page.getByRole('row', { name: new RegExp(name) })).toHaveCount(0);

		const after = await request.get('/api/v1/decisions', { headers: bearer });
		expect(after.status()).toBe(401);
		expect(after.headers()['www-authenticate']).toContain('invalid_token');
	});
});
