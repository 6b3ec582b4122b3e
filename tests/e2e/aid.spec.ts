import type { Browser, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { expectAccessible, markWithoutJavaScript } from './support/axe';
import { logIn, newPerson, signUp, verifyFromMail } from './support/accounts';

/**
 * The mutual aid board: the demo member posts an offer; another member, in a browser of their
 * own and without JavaScript, finds it by the filters and by search, and sees the answer link to
 * a private message (messages are their own area: only the link is checked); the demo member
 * marks it fulfilled and it leaves the board. Then the board in Arabic on a phone.
 */

/** A member signed up and logged in, in a context of their own. */
async function otherMember(browser: Browser, javaScriptEnabled: boolean) {
	const context = await browser.newContext({ javaScriptEnabled, locale: 'en-GB' });
	const page = await context.newPage();
	if (!javaScriptEnabled) markWithoutJavaScript(page);
	const person = newPerson('aid');
	await signUp(page, person);
	await verifyFromMail(page, person.email);
	await logIn(page, person.email, person.password);
	await expect(page.getByText(`Welcome back, ${person.displayName}.`)).toBeVisible();
	return { page, close: () => context.close() };
}

/** Fill and send the board's filter form (a plain GET form). */
async function filter(
	page: Page,
	values: { q?: string; kind?: string; category?: string; place?: string }
) {
	if (values.q !== undefined) await page.getByLabel('Search the board').fill(values.q);
	if (values.kind) await page.getByLabel('Offer or request').selectOption(values.kind);
	if (values.category) await page.getByLabel('Category').selectOption(values.category);
	if (values.place) await page.getByLabel('Where').selectOption(values.place);
	await page.getByRole('button', { name: 'Show', exact: true }).click();
}

test('post an offer, another member finds it and may answer, it is fulfilled and leaves the board', async ({
	page,
	browser
}) => {
	test.setTimeout(240_000);
	const unique = Date.now().toString(36);
	const title = `Folding ladder to lend ${unique}`;

	// The demo member posts an offer.
	await page.goto('/login');
	await logIn(page, 'demo@example.org', 'plenary-demo-2012');
	await expect(page.getByText(/Welcome back/)).toBeVisible();
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Mutual aid' })
		.click();
	await expect(page.getByRole('heading', { name: 'Mutual aid board' })).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('link', { name: 'Post an offer or a request' }).click();
	await expectAccessible(page);
	await page.getByLabel('Offer or request').selectOption('offer');
	await page.getByLabel('Category').selectOption('tools');
	await page.getByLabel('Title').fill(title);
	await page
		.getByLabel('Description')
		.fill(`A **three-metre** ladder, ${unique}. Pick up, bring back.`);
	await page.getByLabel('Where').selectOption('');
	await page.getByRole('button', { name: 'Post it' }).click();
	await expect(page.getByRole('heading', { name: title })).toBeVisible();
	await expect(page.locator('strong', { hasText: 'three-metre' })).toBeVisible();
	const postUrl = new URL(page.url()).pathname;
	await expectAccessible(page);

	// Another member, without JavaScript, finds it by the filters and by search.
	const other = await otherMember(browser, false);
	await other.page.goto('/aid');
	await expectAccessible(other.page);
	await filter(other.page, { kind: 'offer', category: 'tools', place: 'remote' });
	await expect(other.page).toHaveURL(/kind=offer&category=tools&place=remote/);
	await expect(other.page.getByRole('link', { name: title })).toBeVisible();
	await expectAccessible(other.page);
	await other.page.goto('/aid');
	await expectAccessible(other.page);
	await filter(other.page, { q: `ladder ${unique}` });
	await expect(other.page.getByRole('link', { name: title })).toBeVisible();
	await expect(other.page.locator('ol.board > li')).toHaveCount(1);
	await other.page.getByRole('link', { name: title }).click();
	await expect(other.page.getByRole('heading', { name: title })).toBeVisible();
	await expect(other.page.getByRole('link', { name: 'Answer by private message' })).toHaveAttribute(
		'href',
		`/messages/new?to=demo&subject=${encodeURIComponent(title)}`
	);
	await expect(other.page.getByRole('button', { name: 'Mark fulfilled' })).toHaveCount(0);
	await expectAccessible(other.page);

	// The demo member marks it fulfilled: it is on their own list, and off the board.
	await page.getByRole('button', { name: 'Mark fulfilled' }).click();
	await expect(page).toHaveURL(/\/aid\/mine$/);
	await expect(page.getByRole('link', { name: title })).toBeVisible();
	await expect(page.locator('article', { hasText: title }).getByText('Fulfilled')).toBeVisible();
	await expectAccessible(page);
	await other.page.goto(`/aid?q=${encodeURIComponent(`ladder ${unique}`)}`);
	await expect(other.page.getByText('Nothing on the board matches.')).toBeVisible();
	await expectAccessible(other.page);
	const gone = await other.page.goto(postUrl);
	expect(gone?.status()).toBe(404);
	await expectAccessible(other.page);
	await other.close();
});

test.describe('in Arabic, on a phone', () => {
	test.use({ locale: 'ar', viewport: { width: 360, height: 740 } });

	test('the board lays out right-to-left and fits the screen', async ({ page }) => {
		await page.goto('/aid');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.getByRole('heading', { name: 'لوحة العون المتبادل' })).toBeVisible();
		await expectAccessible(page);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		await page.locator('ol.board a').first().click();
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expectAccessible(page);
	});
});
