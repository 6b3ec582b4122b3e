import { expect, test } from './support/fixtures';
import { expectAccessible } from './support/axe';
import { logIn, logOut, newPerson, signUp, verifyFromMail } from './support/accounts';
import type { Page } from '@playwright/test';

async function countryCount(page: Page) {
	await page.goto('/glance');
	await expectAccessible(page);
	return Number((await page.getByTestId('country-count').textContent())?.replace(/\D/g, ''));
}

async function directoryFinds(page: Page, handle: string) {
	await page.goto('/members');
	await page.getByLabel('Name, user name or interests').fill(handle);
	await page.getByRole('button', { name: 'Search', exact: true }).click();
	await expect(page).toHaveURL(/\/members\?q=/);
	await expectAccessible(page);
	return (
		(await page.getByRole('link', { name: `@${handle}` }).count()) +
			(await page.getByText(`@${handle}`, { exact: true }).count()) >
		0
	);
}

for (const javaScriptEnabled of [true, false]) {
	test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
		test.use({ javaScriptEnabled });

		test('join private, land in the new local chapter, choose to be seen, then hide again', async ({
			page
		}) => {
			// Countries the demo organisation has no members in, one per run.
			const [country, city] = javaScriptEnabled ? ['MN', 'Ulaanbaatar'] : ['BT', 'Thimphu'];
			const person = { ...newPerson(javaScriptEnabled ? 'mjs' : 'mnojs'), country, city };
			const before = await countryCount(page);

			await signUp(page, person);
			await verifyFromMail(page, person.email);
			await logIn(page, person.email, person.password);
			await expect(page.getByText(`Welcome back, ${person.displayName}.`)).toBeVisible();

			// First steps: the chapter of the member's city, created for them.
			await page.goto('/welcome');
			await expectAccessible(page);
			await expect(page.getByRole('heading', { name: 'First steps', level: 1 })).toBeVisible();
			await page.getByRole('link', { name: city, exact: true }).click();
			await expect(page.getByRole('heading', { name: city, level: 1 })).toBeVisible();
			await expect(page.getByText('This is your home chapter.')).toBeVisible();
			// A new member starts private: not in the chapter's list of people.
			await expect(page.getByRole('link', { name: person.displayName })).toHaveCount(0);
			await expectAccessible(page);
			const chapterUrl = page.url();

			// The country chapter holds it too.
			await page
				.getByRole('navigation', { name: 'Where this chapter is' })
				.getByRole('link')
				.nth(1)
				.click();
			await expect(page.getByRole('link', { name: city, exact: true })).toBeVisible();
			await expectAccessible(page);

			// Not on the map, not in the directory, until they choose.
			expect(await countryCount(page)).toBe(before);
			expect(await directoryFinds(page, person.handle)).toBe(false);

			// The privacy page says so, with every box unticked; they choose the list and the map.
			const inDirectory = 'Appear in the member directory and in chapter member lists';
			const onMap = 'Be counted on the public map of members by country';
			const fullName = /Show my full name to visitors/;
			await page.goto('/settings/privacy');
			await expectAccessible(page);
			await expect(page.getByText(/Each choice starts unticked/)).toBeVisible();
			for (const box of [inDirectory, onMap, fullName])
				await expect(page.getByLabel(box)).not.toBeChecked();
			await page.getByLabel(inDirectory).check();
			await page.getByLabel(onMap).check();
			await page.getByRole('button', { name: 'Save' }).click();
			await expect(page.getByText('Saved.')).toBeVisible();
			expect(await countryCount(page)).toBe(before + 1);
			expect(await directoryFinds(page, person.handle)).toBe(true);
			await page.goto(chapterUrl);
			await expect(page.getByRole('link', { name: person.displayName })).toBeVisible();

			// Visitors see the first name and initial, on the profile page and in its title.
			await logOut(page);
			const shortName = person.displayName.replace(/ .* (\S)\S*$/, ' $1.');
			await page.goto(`/@${person.handle}`);
			await expect(page.getByRole('heading', { name: shortName, level: 1 })).toBeVisible();
			await expect(page).not.toHaveTitle(/Haddad/);
			await expect(page.getByText('Haddad')).toHaveCount(0);
			await expectAccessible(page);
			await page.goto(chapterUrl);
			await expect(page.getByRole('link', { name: shortName })).toBeVisible();
			await expect(page.getByText('Haddad')).toHaveCount(0);
			await logIn(page, person.email, person.password);
			await expect(page.getByText(`Welcome back, ${person.displayName}.`)).toBeVisible();

			// Hidden from the directory: neither members nor visitors find them any more.
			await page.goto('/settings/privacy');
			await expectAccessible(page);
			await page.getByLabel(inDirectory).uncheck();
			await page.getByRole('button', { name: 'Save' }).click();
			await expect(page.getByText('Saved.')).toBeVisible();
			await expectAccessible(page);
			expect(await directoryFinds(page, person.handle)).toBe(false);
			await logOut(page);
			expect(await directoryFinds(page, person.handle)).toBe(false);
			const api = await page.request.get(`/api/v1/members?q=${person.handle}`);
			expect((await api.json()).members).toEqual([]);
			// Not listed: no public profile page for visitors.
			expect((await page.request.get(`/@${person.handle}`)).status()).toBe(404);
		});

		test('a member joins a second chapter and leaves it again', async ({ page }) => {
			await logIn(page, 'demo@example.org', 'plenary-demo-2012');
			await expect(page.getByText(/Welcome back/)).toBeVisible();
			await page.goto('/chapters');
			await expectAccessible(page);
			await page.getByRole('link', { name: 'Manchester', exact: true }).click();
			await expectAccessible(page);
			await page.getByRole('button', { name: 'Join this chapter too' }).click();
			await expect(page.getByText('You have joined this chapter.')).toBeVisible();
			await expect(page.getByText('You are a member of this chapter too.')).toBeVisible();
			await page.getByRole('button', { name: 'Leave this chapter' }).click();
			await expect(page.getByText('You have left this chapter.')).toBeVisible();
			await expectAccessible(page);

			// A country's card shows its busiest local chapters and leads to all of them.
			await page.goto('/chapters');
			await page.getByRole('link', { name: /^United Kingdom: all \d+ local chapters$/ }).click();
			await expect(page).toHaveURL(/\/chapters\/gb#children$/);
			await expect(page.getByRole('link', { name: 'Belfast', exact: true })).toBeVisible();
			// More places than a page holds: a page at a time, with where it is.
			await page.goto('/chapters/organisation');
			const pages = page.getByRole('navigation', { name: 'Pages of local chapters' });
			await expect(page.getByText(/^Local chapters 1–50 of \d+$/)).toBeVisible();
			await pages.getByRole('link', { name: 'Next page' }).click();
			await expect(page).toHaveURL(/\?page=2#children$/);
			await expect(page.getByText(/^Local chapters 51–\d+ of \d+$/)).toBeVisible();
			await expectAccessible(page);
			await pages.getByRole('link', { name: 'Previous page' }).click();
			await expect(page.getByText(/^Local chapters 1–50 of \d+$/)).toBeVisible();
			// Any chapter is found by part of its name.
			await page.goto('/chapters');
			await page.getByLabel('Find a chapter by name').fill('manch');
			await page.getByRole('button', { name: 'Find', exact: true }).click();
			await expect(page).toHaveURL(/\/chapters\?q=manch$/);
			await expect(page.getByRole('heading', { name: 'Chapters matching “manch”' })).toBeVisible();
			await expectAccessible(page);
			await page.getByRole('link', { name: 'Manchester', exact: true }).click();
			await expect(page).toHaveURL(/\/chapters\/gb-manchester$/);
		});
	});
}

test('bad input gets clear 4xx answers and changes nothing', async ({ page, request }) => {
	expect((await request.get('/members?limit=100000')).status()).toBe(400);
	expect((await request.get('/api/v1/members?limit=100000')).status()).toBe(400);
	expect((await request.get('/api/v1/members?chapter=atlantis')).status()).toBe(404);
	expect((await request.get('/chapters/no-such-place')).status()).toBe(404);
	expect((await request.get('/api/v1/chapters/no-such-place')).status()).toBe(404);
	const hostile = await request.get(
		`/api/v1/members?q=${encodeURIComponent("'); drop table members; -- :* & | !")}`
	);
	expect(hostile.status()).toBe(200);
	expect((await request.get(`/members?q=${'x'.repeat(500)}`)).status()).toBe(400);

	await logIn(page, 'demo@example.org', 'plenary-demo-2012');
	await expect(page.getByText(/Welcome back/)).toBeVisible();
	const origin = new URL(page.url()).origin;
	const post = (path: string, chapter: string) =>
		page.request.post(path, { form: { chapter }, headers: { origin, accept: 'text/html' } });
	expect((await post('/chapters/organisation?/join', '99999999')).status()).toBe(404);
	expect((await post('/chapters/organisation?/move', 'not-a-number')).status()).toBe(400);
	await page.goto('/welcome');
	const homeBefore = await page.locator('ol.steps li').first().textContent();
	expect((await post('/chapters/organisation?/leave', '1')).status()).toBe(403);
	await page.goto('/welcome');
	expect(await page.locator('ol.steps li').first().textContent()).toBe(homeBefore);
});

// The glance map's accessible name in each translated locale.
const WORLD_MAP: Record<string, RegExp> = {
	es: /Mapa mundial/,
	ar: /خريطة العالم/,
	fr: /Carte du monde/,
	de: /Weltkarte/,
	pt: /Mapa-múndi/
};

for (const locale of Object.keys(WORLD_MAP)) {
	test.describe(`in ${locale}`, () => {
		test.use({ locale });

		test('the chapter, directory and glance pages are translated and accessible', async ({
			page
		}) => {
			for (const path of [
				'/chapters',
				'/chapters?q=lon',
				'/chapters/gb',
				'/chapters/gb-london',
				'/members',
				'/glance'
			]) {
				await page.goto(path);
				await expect(page.locator('html')).toHaveAttribute('lang', locale);
				await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
				await expectAccessible(page);
			}
			await page.goto('/glance');
			const map = page.getByRole('img', { name: WORLD_MAP[locale] });
			await expect(map).toBeVisible();
			// The map is an image of its own, drawn: it has loaded and has its size.
			expect(await map.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(
				960
			);
		});
	});
}

test.describe('a visitor without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('switches to French, German and Portuguese with the language switcher', async ({ page }) => {
		await page.goto('/chapters');
		for (const [locale, change] of [
			['fr', 'Changer'],
			['de', 'Wechseln'],
			['pt', 'Mudar']
		]) {
			await page.locator('#language-select').selectOption(locale);
			await page.locator('form.switcher button').click();
			await expect(page).toHaveURL(/\/chapters$/);
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			await expect(page.locator('form.switcher button')).toHaveText(change);
			await expectAccessible(page);
		}
	});
});

test.describe('signed in, in Arabic, without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('first steps and privacy settings', async ({ page }) => {
		await logIn(page, 'demo@example.org', 'plenary-demo-2012');
		await expect(page.getByText(/Welcome back/)).toBeVisible();
		const origin = new URL(page.url()).origin;
		const switchTo = (locale: string) =>
			page.request.post('/language', { form: { locale }, headers: { origin }, maxRedirects: 0 });
		await switchTo('ar');
		try {
			for (const path of ['/welcome', '/settings/privacy', '/chapters/gb-london']) {
				await page.goto(path);
				await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
				await expectAccessible(page);
			}
		} finally {
			await switchTo('en');
		}
	});
});

test('on a phone-sized screen the new pages do not overflow sideways', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	for (const path of [
		'/chapters',
		'/chapters?q=an',
		'/chapters/organisation?page=2',
		'/chapters/us-new-york',
		'/members',
		'/glance'
	]) {
		await page.goto(path);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow, path).toBeLessThanOrEqual(0);
	}
});
