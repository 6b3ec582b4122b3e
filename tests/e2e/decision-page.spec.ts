import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { expectAccessible } from './support/axe';
import { logIn, newMemberInBrowser } from './support/accounts';
import { endPhase, expectBesideItsName, openVoting, proposeDecision } from './support/decisions';

/**
 * The decision page reads in the order a member needs: the outcome in one sentence and one chart
 * first, the count's details folded, long lists summarised; an empty ballot is asked about first.
 */

const PHONE = { width: 390, height: 844 };

/** The demo's tallest decision: 300 declared stakes, weighed by stake. */
async function openStakeDecision(page: Page) {
	await page.goto('/decisions?q=sliding+scale&phase=closed');
	await page.locator('.register a').first().click();
	await expect(page.getByTestId('verdict')).toBeVisible();
}

async function pageHeight(page: Page) {
	return page.evaluate(() => document.body.scrollHeight);
}

test('a closed decision leads with its outcome and folds how it was counted', async ({ page }) => {
	await openStakeDecision(page);
	const verdict = page.getByTestId('verdict');
	await expect(verdict).toContainText(/^Passed: \d+% in favour; weighted votes counted: \d+/);
	await expect(verdict).toContainText('Needs more than 1/2 of the votes cast');
	// The result comes before the 300 stakes, which show ten rows and fold the rest.
	const stakes = page.getByRole('heading', { name: 'How affected are members?' });
	expect((await verdict.boundingBox())!.y).toBeLessThan((await stakes.boundingBox())!.y);
	const firstStakes = page.getByRole('table', { name: 'How affected are members?' }).first();
	await expect(firstStakes.locator('tbody tr')).toHaveCount(10);
	await expect(page.getByText(/^The other declarations \(\d+\)$/)).toBeVisible();
	// Lines that do not apply are gone: no tie was broken, nobody was elected.
	await expect(page.getByText('Final tie-break')).toHaveCount(0);
	await expect(page.getByText(/Elected/)).toHaveCount(0);
	// The count's table is folded, and shown once when opened.
	const workings = page.getByRole('table', { name: 'Votes and threshold' });
	await expect(workings.first()).toBeHidden();
	expect(await pageHeight(page)).toBeLessThan(5_000);
	await page.locator('summary', { hasText: 'How this was counted' }).click();
	await expect(workings.first()).toBeVisible();
	await expect(
		workings.first().getByRole('row', { name: /Votes counted towards the threshold/ })
	).toBeVisible();
	await expectAccessible(page);
	// The open ballots: the first twenty in a fold, and all 300 a hundred a page elsewhere.
	await page.locator('summary', { hasText: 'Ballots (300)' }).click();
	await expect(
		page.getByRole('table', { name: "Each voter's ballot" }).locator('tbody tr')
	).toHaveCount(20);
	await page.getByRole('link', { name: 'All 300 ballots' }).click();
	await expect(page.getByText('Ballots 1–100 of 300')).toBeVisible();
	await page.getByRole('link', { name: 'Next' }).click();
	await expect(page.getByText('Ballots 101–200 of 300')).toBeVisible();
	await expect(
		page.getByRole('table', { name: "Each voter's ballot" }).locator('tbody tr')
	).toHaveCount(100);
	await expectAccessible(page);
});

test.describe('in Arabic on a phone, without JavaScript', () => {
	test.use({ locale: 'ar', viewport: PHONE, javaScriptEnabled: false });

	test('the outcome is at the top and the details open', async ({ page }) => {
		await openStakeDecision(page);
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		expect((await page.getByTestId('verdict').boundingBox())!.y).toBeLessThan(PHONE.height);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		await page.locator('#how-counted summary').click();
		await expect(page.locator('#how-counted table').first()).toBeVisible();
		await expectAccessible(page);
		// The whole list of ballots, paged, right-to-left; a page that is not one is a 4xx.
		const ballots = `${new URL(page.url()).pathname}/ballots`;
		await page.goto(`${ballots}?page=3`);
		await expect(page.locator('main table tbody tr')).toHaveCount(100);
		await expect(page.locator('a[rel="next"]')).toHaveCount(0);
		await expectAccessible(page);
		for (const bad of ['4', 'x'])
			expect((await page.request.get(`${ballots}?page=${bad}`)).status()).toBeGreaterThanOrEqual(
				400
			);
	});
});

test('an empty ballot is cast only when confirmed, and a replaced receipt says so', async ({
	page,
	browser
}) => {
	test.setTimeout(300_000);
	// A member without JavaScript, reading in Arabic on a phone; there before the proposal.
	const other = await newMemberInBrowser(browser, false, 'emptyballot');
	await other.page.locator('#language-select').selectOption('ar');
	await other.page.locator('.switcher button[type="submit"]').click();
	await expect(other.page.locator('html')).toHaveAttribute('dir', 'rtl');

	await page.goto('/login');
	await logIn(page, 'demo@example.org', 'plenary-demo-2012');
	const id = await proposeDecision(page, {
		title: `Empty ballots ${Date.now().toString(36)}`,
		ballot: 'Choose one of several options',
		method: 'Score',
		options: ['Tuesday', 'Saturday'],
		secret: true
	});
	await openVoting(page, id);
	const url = new URL(page.url()).pathname;

	// With JavaScript: nothing scored, so the page asks; confirmed, it is recorded.
	await page.getByRole('button', { name: 'Vote', exact: true }).click();
	await expect(page.getByText('You chose nothing. Cast an empty ballot (abstain)?')).toBeVisible();
	await expect(page.getByText(/You voted on/)).toHaveCount(0);
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Cast an empty ballot' }).click();
	await expect(page.getByText('Your vote is recorded. Your receipt:')).toBeVisible();
	await expect(page.getByText(/If you vote again, the new ballot replaces this one/)).toBeVisible();
	const oldReceipt = (await page.locator('.receipt code').textContent())!;

	// Without JavaScript, in Arabic on a phone: each score beside its option, the same question.
	await other.page.setViewportSize(PHONE);
	await other.page.goto(url);
	await expectBesideItsName(other.page, 'Saturday');
	await other.page.locator('form.ballot button[type="submit"]').click();
	await expect(other.page.locator('#confirm-empty-question')).toBeVisible();
	await expectAccessible(other.page);
	await other.page.locator('form.confirm-empty button[type="submit"]').click();
	await expect(other.page.locator('.receipt code')).toBeVisible();
	await other.close();

	// The demo member changes their mind: the old receipt now shows a replaced ballot.
	await page.getByLabel('Saturday', { exact: true }).selectOption('5');
	await page.getByRole('button', { name: 'Change my vote' }).click();
	await expect(page.getByText('Changed: 1')).toBeVisible();
	await endPhase(page, id);
	await expect(page.getByTestId('verdict')).toContainText('Chosen: Saturday');
	await page.goto(`${url}/receipt`);
	await page.getByLabel('Receipt').fill(oldReceipt);
	await page.getByRole('button', { name: 'Find' }).click();
	await expect(page.getByText(/^Not counted: this ballot was replaced/)).toBeVisible();
	await expectAccessible(page);
});
