import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { expectAccessible } from './support/axe';

/**
 * One search for everything, as a visitor without JavaScript: a decision, a project, a chapter, a
 * person and an aid post of the demo organisation, each taken from its own list page (so the
 * journey does not depend on what the demo holds), found by the search form and by its filter
 * links. Then the page in Arabic, right to left, finding a country by its Arabic name.
 */

/** Search with the page's own GET form, as a person would. */
async function searchFor(page: Page, q: string) {
	await page.goto('/search');
	await page.getByRole('searchbox').fill(q);
	await page.getByRole('button', { name: 'Search', exact: true }).click();
	await expect(page.getByRole('heading', { level: 2, name: `Results for “${q}”` })).toBeVisible();
}

/** The filter link of a kind ("Decisions (3)"), and what it says the count is. */
function kindLink(page: Page, label: string) {
	return page
		.getByRole('navigation', { name: 'Kinds of result' })
		.getByRole('link', { name: new RegExp(`^${label} \\([\\d,]+\\)$`) });
}

/** The first link a list page shows: its text and where it leads. */
async function firstOn(page: Page, path: string, selector: string) {
	await page.goto(path);
	const link = page.locator(selector).first();
	return { name: (await link.textContent())!.trim(), href: (await link.getAttribute('href'))! };
}

/** The results list's links with this exact name. */
const result = (page: Page, name: string) =>
	page.locator('ol.hits').getByRole('link', { name, exact: true });

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a visitor finds a decision, a project, a chapter, a person and an aid post', async ({
		page
	}) => {
		test.setTimeout(240_000);
		// What each list shows a visitor.
		const decision = await firstOn(page, '/decisions', 'h2.title a');
		const project = await firstOn(page, '/projects', 'main li h2 a');
		const chapter = await firstOn(page, '/chapters', 'main li li a[href^="/chapters/"]');
		const aid = await firstOn(page, '/aid', 'ol.board h2 a');

		// A listed member who shows visitors their full name ("Nadia H." is a shortened one).
		await page.goto('/members');
		const names = page.locator('ul.results a.name');
		let personName = '';
		let personHref = '';
		for (let i = 0; i < (await names.count()) && !personName; i++) {
			const name = (await names.nth(i).textContent())!.trim();
			if (/\s/.test(name) && !/\s\S\.$/.test(name)) {
				personName = name;
				personHref = (await names.nth(i).getAttribute('href'))!;
			}
		}
		expect(personName, 'a listed member with a full name').not.toBe('');

		// The page before a search says what it searches.
		await page.goto('/search');
		await expect(page.getByText(/Find posts, forum discussions and comments/)).toBeVisible();
		await expectAccessible(page);

		// A decision, found, then alone under its kind's filter.
		await searchFor(page, decision.name);
		await expect(result(page, decision.name).first()).toHaveAttribute('href', decision.href);
		await expectAccessible(page);
		await kindLink(page, 'Decisions').click();
		await expect(kindLink(page, 'Decisions')).toHaveAttribute('aria-current', 'page');
		await expect(page).toHaveURL(/kind=decisions/);
		await expect(page.locator('ol.hits p.kind').first()).toContainText('Decision');
		for (const kind of await page.locator('ol.hits p.kind').allTextContents())
			expect(kind.trim()).toMatch(/^Decision\b/);
		await expectAccessible(page);

		// A project.
		await searchFor(page, project.name);
		await expect(result(page, project.name).first()).toBeVisible();
		await expect(page.locator(`ol.hits a[href="${project.href}"]`)).toHaveCount(1);
		await expectAccessible(page);

		// A chapter, by its name, with its place.
		await searchFor(page, chapter.name);
		await kindLink(page, 'Chapters').click();
		await expect(page.locator(`ol.hits a[href="${chapter.href}"]`)).toHaveText(chapter.name);
		await expectAccessible(page);

		// A person, by their full name, under the name the directory shows, with no snippet.
		await searchFor(page, personName);
		await kindLink(page, 'People').click();
		const personHit = page.locator('ol.hits li', { has: page.locator(`a[href="${personHref}"]`) });
		await expect(personHit.getByRole('link')).toHaveText(personName);
		await expect(personHit.locator('p.kind')).toContainText('Person');
		await expectAccessible(page);

		// An aid post on the board, with its words marked in a plain-text snippet.
		await searchFor(page, aid.name);
		await expect(page.locator(`ol.hits a[href="${aid.href}"]`)).toHaveText(aid.name);
		const aidHit = page.locator('ol.hits li', { has: page.locator(`a[href="${aid.href}"]`) });
		await expect(aidHit.locator('p.kind')).toContainText('Mutual aid');
		await expect(aidHit.locator('mark').first()).toBeVisible();
		await expectAccessible(page);

		// Many matches come a page at a time, in one order, and a page past them is a 4xx.
		await searchFor(page, 'months');
		await expect(page.getByText(/^Results 1–30 of [\d,]+\. /)).toBeVisible();
		const firstPage = await page.locator('ol.hits h3 a').allTextContents();
		await page.getByRole('link', { name: 'Next' }).click();
		await expect(page.getByText(/^Results 31–60 of [\d,]+\. /)).toBeVisible();
		const secondPage = await page.locator('ol.hits h3 a').allTextContents();
		expect(secondPage).toHaveLength(30);
		await expectAccessible(page);
		await page.getByRole('link', { name: 'Previous' }).click();
		expect(await page.locator('ol.hits h3 a').allTextContents()).toEqual(firstPage);
		const total = Number(
			(await page.getByText(/^Results 1–30 of [\d,]+\. /).textContent())!
				.match(/of ([\d,]+)/)![1]
				.replace(/,/g, '')
		);
		const pastTheEnd = String(Math.floor(total / 30) + 2);
		for (const bad of ['0', 'x', '21', pastTheEnd])
			expect(
				(await page.request.get(`/search?q=months&page=${bad}`)).status(),
				`page ${bad}`
			).toBeGreaterThanOrEqual(400);

		// Words nothing holds: the empty state, and every count at nought.
		await searchFor(page, 'zzxqv qqzzv');
		await expect(page.getByText('Nothing found. Try other words.')).toBeVisible();
		await expect(kindLink(page, 'Everything')).toHaveText('Everything (0)');
		await expectAccessible(page);
	});
});

test.describe('in Arabic', () => {
	test.use({ locale: 'ar', javaScriptEnabled: false });

	test('the search lays out right to left and finds a country by its Arabic name', async ({
		page
	}) => {
		await page.goto(`/search?q=${encodeURIComponent('البرازيل')}&kind=chapters`);
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.locator('ol.hits a[href^="/chapters/"]').first()).toHaveText('البرازيل');
		await expectAccessible(page);
		await page.setViewportSize({ width: 320, height: 640 });
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
	});
});
