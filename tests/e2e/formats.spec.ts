import { readFile } from 'node:fs/promises';
import { expect, test } from './support/fixtures';
import { expectAccessible } from './support/axe';
import { newMemberInBrowser } from './support/accounts';

test('results download as CSV; a member makes, renews and uses a private calendar address', async ({
	page,
	browser
}) => {
	test.setTimeout(180_000);

	// A visitor finds a closed decision, and its results download as a spreadsheet.
	await page.goto('/decisions?phase=closed');
	const subscribe = page.getByRole('link', { name: 'Subscribe in your calendar' });
	await expect(subscribe).toHaveAttribute('href', /^webcal:\/\/[^/]+\/calendar\.ics$/);
	await expectAccessible(page);
	await page.locator('.register .title a').first().click();
	// The downloads are with the workings, folded under the outcome.
	await page.locator('summary', { hasText: 'How this was counted' }).click();
	const link = page.getByRole('link', { name: 'Download the results (CSV, for spreadsheets)' });
	await expect(link).toBeVisible();
	await expectAccessible(page);
	const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
	expect(download.suggestedFilename()).toMatch(/^decision-\d+-results\.csv$/);
	const text = await readFile((await download.path())!, 'utf8');
	expect(text.startsWith('\ufeffcount,round,option,measure,against,value,exact,place\r\n')).toBe(
		true
	);
	expect(text).toContain(',ballots-counted,');

	// A member without JavaScript makes a private calendar address in their settings.
	const { page: member } = await newMemberInBrowser(browser, false, 'cal');
	await member.goto('/settings/calendar');
	await expect(member.getByText('You have no private calendar address.')).toBeVisible();
	await expectAccessible(member);
	const [made] = await Promise.all([
		member.waitForResponse((r) => r.request().method() === 'POST'),
		member.getByRole('button', { name: 'Make a private address' }).click()
	]);
	// The page that shows the secret address once is kept by no cache, the browser's included.
	expect(made.headers()['cache-control']).toContain('no-store');
	const address = member.getByLabel(/copy this address/);
	const first = await address.inputValue();
	expect(first).toMatch(/\/calendar\/[\w-]{43}\.ics$/);
	await expect(member.getByRole('link', { name: 'Open in my calendar program' })).toHaveAttribute(
		'href',
		/^webcal:\/\//
	);
	await expectAccessible(member);
	const calendar = await member.request.get(first);
	expect(calendar.status()).toBe(200);
	expect(calendar.headers()['content-type']).toBe('text/calendar; charset=utf-8');
	expect(await calendar.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);

	// A new address replaces it: the old one stops at once, for anyone.
	await member.getByRole('button', { name: /Make a new address/ }).click();
	const second = await address.inputValue();
	expect(second).not.toBe(first);
	expect((await page.request.get(first)).status()).toBe(404);
	expect((await page.request.get(second)).status()).toBe(200);
	await member.context().close();
});
