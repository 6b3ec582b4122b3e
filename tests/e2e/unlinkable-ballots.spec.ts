import type { Request } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { expectAccessible } from './support/axe';
import { logIn } from './support/accounts';
import { endPhase, openVoting, proposeDecision } from './support/decisions';

// One journey, with JavaScript: propose an unlinkable secret ballot, vote (credential, then a cast
// that carries no cookie), change the vote from the same browser, and after the close find the
// ballot by its receipt, the first receipt showing it was replaced.
test('an unlinkable ballot: vote, change the vote, look it up by receipt after the close', async ({
	page
}) => {
	await page.goto('/login');
	await logIn(page, 'demo@example.org', 'plenary-demo-2012');
	await expect(page.getByText(/Welcome back/)).toBeVisible();

	const id = await proposeDecision(page, {
		title: `Unlinkable ${Date.now().toString(36)}`,
		ballot: 'Yes / no / abstain',
		unlinkable: true
	});
	await expect(page.getByText(/Unlinkable secret ballot/).first()).toBeVisible();
	await openVoting(page, id);

	const casts: Request[] = [];
	page.on('request', (r) => {
		if (r.url().endsWith('/unlinkable-ballot')) casts.push(r);
	});
	await expect(page.getByText(/This ballot is unlinkable/)).toBeVisible();
	await page.getByRole('radio', { name: 'No', exact: true }).check();
	await page.getByRole('button', { name: 'Vote', exact: true }).click();
	const receipt = page.getByTestId('unlinkable-receipt');
	await expect(page.getByText('Your ballot is in, stored without your name.')).toBeVisible({
		timeout: 15_000
	});
	const first = (await receipt.textContent())!.trim();
	expect(first).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
	expect((await casts[0].allHeaders()).cookie).toBeUndefined();
	await expectAccessible(page);

	// A second credential for the same member is refused: the vote changes from this browser.
	const again = await page.request.post(`/decisions/${id}/credential`, {
		data: { blinded: Buffer.alloc(256, 1).toString('base64') }
	});
	expect(again.status()).toBe(409);
	await page.reload();
	await expect(page.getByTestId('unlinkable-saved')).toContainText(first);
	await page.getByRole('radio', { name: 'Yes', exact: true }).check();
	await page.getByRole('button', { name: 'Vote', exact: true }).click();
	await expect(page.getByText(/Your ballot was replaced/)).toBeVisible();
	const second = (await receipt.textContent())!.trim();
	expect(second).not.toBe(first);
	expect((await casts[1].allHeaders()).cookie).toBeUndefined();

	await endPhase(page, id);
	await expect(page.locator('p.verdict')).toContainText('Passed');
	await page.getByRole('link', { name: 'Find my ballot by receipt' }).click();
	await page.getByLabel('Receipt').fill(second);
	await page.getByRole('button', { name: 'Find' }).click();
	await expect(page.getByText('This ballot was counted, with weight 1:')).toBeVisible();
	await expectAccessible(page);
	await page.getByLabel('Receipt').fill(first);
	await page.getByRole('button', { name: 'Find' }).click();
	await expect(
		page.getByText(/Not counted: this ballot was replaced by a later vote/)
	).toBeVisible();
});
