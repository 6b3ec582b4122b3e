import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { expectAccessible } from './support/axe';
import { logIn, newMemberInBrowser } from './support/accounts';

/**
 * The shell on a phone: the main navigation folds into a "Menu" disclosure (a plain <details>,
 * so it works without JavaScript) instead of rows of links above every page; the decision
 * register's filter and the glance page fit the screen. On a wide screen the links sit in the bar.
 */

const PHONE = { width: 390, height: 844 };

/** How far the page scrolls sideways (0 when nothing overflows). */
const sideways = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The header leaves the page content near the top of the screen. */
async function expectCompactHeader(page: Page) {
	const main = await page.locator('main').boundingBox();
	expect(main!.y).toBeLessThanOrEqual(120);
}

for (const javaScriptEnabled of [true, false]) {
	test.describe(`on a phone ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
		test.use({ javaScriptEnabled, viewport: PHONE });

		test('the menu folds the navigation away and its links work', async ({ page }) => {
			await page.goto('/');
			await expectCompactHeader(page);
			// With JavaScript (the language then needs no button) the name, the language and the Menu
			// share one row, from the first paint: nothing moves when the scripts arrive.
			if (javaScriptEnabled) {
				const before = (await page.locator('main').boundingBox())!.y;
				expect(before).toBeLessThan(80);
				await expect(page.locator('html[data-hydrated]')).toHaveCount(1);
				expect((await page.locator('main').boundingBox())!.y).toBe(before);
			}
			const nav = page.getByRole('navigation', { name: 'Main' });
			await expect(nav.getByRole('link', { name: 'Log in' })).toBeHidden();
			await expectAccessible(page);

			await nav.getByText('Menu', { exact: true }).click();
			await expect(nav.getByRole('link', { name: 'Log in' })).toBeVisible();
			await expectAccessible(page);
			await nav.getByRole('link', { name: 'Decisions' }).click();
			await expect(page).toHaveURL(/\/decisions$/);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			// The menu is folded again on the new page.
			await expect(nav.getByRole('link', { name: 'Log in' })).toBeHidden();
			await expect(page.getByRole('search', { name: /filter/i })).toBeVisible();
			expect(await sideways(page)).toBeLessThanOrEqual(0);
			await expectAccessible(page);

			await nav.getByText('Menu', { exact: true }).click();
			await nav.getByRole('link', { name: 'At a glance' }).click();
			await expect(page).toHaveURL(/\/glance$/);
			await expectCompactHeader(page);
			expect(await sideways(page)).toBeLessThanOrEqual(0);
			await expectAccessible(page);
		});
	});
}

test.describe('in Arabic on a phone', () => {
	test.use({ locale: 'ar', viewport: PHONE });

	test('the menu opens right-to-left and stays compact', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expectCompactHeader(page);
		const nav = page.getByRole('navigation', { name: 'القائمة الرئيسية' });
		await nav.getByText('القائمة', { exact: true }).click();
		await expect(nav.getByRole('link').first()).toBeVisible();
		expect(await sideways(page)).toBeLessThanOrEqual(0);
		await expectAccessible(page);
	});
});

test('on a wide screen the links sit in the bar without a menu button', async ({ page }) => {
	await page.goto('/');
	const nav = page.getByRole('navigation', { name: 'Main' });
	await expect(nav.getByRole('link', { name: 'Log in' })).toBeVisible();
	await expect(nav.getByText('Menu', { exact: true })).toBeHidden();
	// The language sits in the first row, beside the name, rather than in a row of its own.
	const name = (await page.locator('.brand').boundingBox())!;
	const language = (await page.getByRole('combobox', { name: 'Language' }).boundingBox())!;
	expect(Math.abs(language.y + language.height / 2 - (name.y + name.height / 2))).toBeLessThan(12);
});

test.describe('the home page of a member on a phone', () => {
	test.use({ javaScriptEnabled: false, viewport: PHONE });

	test("leads with the member's own things, the organisation's presentation folded last", async ({
		page
	}) => {
		await logIn(page, 'demo@example.org', 'plenary-demo-2012');
		await page.goto('/');
		const welcome = page.getByRole('heading', { level: 1, name: /Welcome back/ });
		await expect(welcome).toBeVisible();
		expect((await welcome.boundingBox())!.y).toBeLessThan(200);
		await expect(page.getByRole('heading', { name: 'What we stand for' })).toBeHidden();
		await page.getByText('About Plenary', { exact: true }).click();
		await expect(page.getByRole('heading', { name: 'What we stand for' })).toBeVisible();
		expect(await sideways(page)).toBeLessThanOrEqual(0);
		await expectAccessible(page);
	});
});

test.describe('on a phone with JavaScript', () => {
	test.use({ viewport: PHONE });

	test('Escape folds the menu and gives the focus back to its button', async ({ page }) => {
		await page.goto('/');
		// The Escape key is heard once the page's scripts run.
		await expect(page.locator('html[data-hydrated]')).toHaveCount(1);
		const nav = page.getByRole('navigation', { name: 'Main' });
		const menu = nav.getByText('Menu', { exact: true });
		await menu.click();
		await nav.getByRole('link', { name: 'Decisions' }).focus();
		await page.keyboard.press('Escape');
		await expect(nav.getByRole('link', { name: 'Log in' })).toBeHidden();
		await expect(menu).toBeFocused();
	});
});

/** Whether the page is painted in dark colours (the body's background is dark). */
const readsDark = (page: Page) =>
	page.evaluate(() => {
		const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g)!.map(Number);
		return r + g + b < 3 * 96;
	});

/** The key pages: home, the decision register and one with results, a thread, the glance. */
async function visitKeyPages(page: Page, check: () => Promise<void>) {
	for (const path of ['/', '/decisions', '/glance']) {
		await page.goto(path);
		await check();
	}
	await page.goto('/decisions?q=sliding+scale&phase=closed');
	await page.locator('.register a').first().click();
	await expect(page.getByTestId('verdict')).toBeVisible();
	await check();
	await page.goto('/forums/general');
	await page
		.getByRole('link', { name: 'What should the founding convention decide first?' })
		.click();
	await expect(page.locator('li.comment').first()).toBeVisible();
	await check();
}

test.describe('on a device set to dark colours', () => {
	test.use({ colorScheme: 'dark' });

	test('the key pages read in dark colours, legibly', async ({ page }) => {
		await visitKeyPages(page, async () => {
			expect(await readsDark(page)).toBe(true);
			await expectAccessible(page);
		});
	});
});

test.describe('the colours chosen in the footer without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test("stay chosen, and never reach another visitor's page", async ({ page, browser }) => {
		await page.goto('/decisions');
		const choice = page.getByRole('group', { name: 'Colours' });
		await expect(choice.getByRole('button', { name: 'As on this device' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await choice.getByRole('button', { name: 'Dark' }).click();
		await expect(page).toHaveURL(/\/decisions$/);
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await expect(choice.getByRole('button', { name: 'Dark' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await visitKeyPages(page, async () => {
			await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
			expect(await readsDark(page)).toBe(true);
			await expectAccessible(page);
		});

		// Another visitor reads the same page often enough for it to be kept, and in their own
		// colours; this visitor's kept copy is dark, the other's is not.
		const other = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'light' });
		const otherPage = await other.newPage();
		for (let i = 0; i < 3; i++) {
			await otherPage.goto('/glance');
			await expect(otherPage.locator('html')).toHaveAttribute('data-theme', 'system');
			expect(await readsDark(otherPage)).toBe(false);
			await page.goto('/glance');
			await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		}
		await other.close();

		// Light, whatever the device says; then the device's own again.
		await page
			.getByRole('group', { name: 'Colours' })
			.getByRole('button', { name: 'Light' })
			.click();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
		expect(await readsDark(page)).toBe(false);
		await page
			.getByRole('group', { name: 'Colours' })
			.getByRole('button', { name: 'As on this device' })
			.click();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'system');
	});

	test('chosen while logged in, they follow the member to another browser', async ({ browser }) => {
		const member = await newMemberInBrowser(browser, false, 'colours');
		await member.page
			.getByRole('group', { name: 'Colours' })
			.getByRole('button', { name: 'Dark' })
			.click();
		await expect(member.page.locator('html')).toHaveAttribute('data-theme', 'dark');

		// A browser that never chose, with its device set to light: the account's choice wins once
		// the member logs in, and only then.
		const other = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'light' });
		const otherPage = await other.newPage();
		await otherPage.goto('/decisions');
		await expect(otherPage.locator('html')).toHaveAttribute('data-theme', 'system');
		await logIn(otherPage, member.person.email, member.person.password);
		await otherPage.goto('/decisions');
		await expect(otherPage.locator('html')).toHaveAttribute('data-theme', 'dark');
		expect(await readsDark(otherPage)).toBe(true);
		await other.close();
		await member.close();
	});
});
