import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { expectAccessible } from './support/axe';
import { logIn, newPerson, signUp, verifyFromMail } from './support/accounts';

// The demo seed makes the demo account a facilitator of its home chapter, London.
const LONDON = '/chapters/gb-london';

async function logInAsDemo(page: Page) {
	await page.goto('/login');
	await logIn(page, 'demo@example.org', 'plenary-demo-2012');
	await expect(page.getByText(/Welcome back/)).toBeVisible();
}

for (const javaScriptEnabled of [true, false]) {
	test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
		test.use({ javaScriptEnabled });

		test('a facilitator creates a forum in their chapter, renames and archives it', async ({
			page
		}) => {
			await logInAsDemo(page);
			await page.goto(LONDON);
			const facilitators = page.locator('section[aria-labelledby="facilitators"]');
			await expect(facilitators.getByRole('link', { name: 'Robin Ashdown' })).toBeVisible();
			await expect(page.getByRole('heading', { name: 'Decisions', level: 2 })).toBeVisible();
			await expectAccessible(page);

			await page.getByRole('link', { name: 'Manage the chapter’s forums' }).click();
			await expect(page.getByRole('heading', { level: 1 })).toContainText('Forums of');
			const name = `Housing ${javaScriptEnabled ? 'js' : 'nojs'} ${Date.now().toString(36)}`;
			const create = page.locator('section[aria-labelledby="create"]');
			await create.getByLabel('Name').fill(name);
			await create.getByLabel('What it is for').fill('Rents, repairs and tenants’ unions.');
			await create.getByRole('button', { name: 'Create the forum' }).click();
			await expect(page.getByText('The forum is created.')).toBeVisible();
			const card = page.locator('li.card', { has: page.getByRole('link', { name }) });
			await expect(card).toBeVisible();
			await expectAccessible(page);

			// A name that is too long is refused with a message, and nothing changes.
			await create.getByLabel('Name').fill('x'.repeat(81));
			await create.getByRole('button', { name: 'Create the forum' }).click();
			await expect(page.getByText('A forum name has at most 80 characters.').first()).toBeVisible();

			await card.getByRole('button', { name: 'Archive' }).click();
			await expect(page.getByText(/the forum is archived or open again/)).toBeVisible();
			await expect(
				page.locator('li.card', { has: page.getByRole('link', { name }) })
			).toContainText('archived');
			await page.goto('/forums');
			await expect(page.getByRole('link', { name })).toHaveCount(0);
		});
	});
}

test('a member of the chapter starts a recall petition against a facilitator', async ({ page }) => {
	const person = { ...newPerson('recall'), country: 'GB', city: 'London' };
	await signUp(page, person);
	await verifyFromMail(page, person.email);
	await logIn(page, person.email, person.password);
	await expect(page.getByText(/Welcome back/)).toBeVisible();
	await page.goto(LONDON);
	const facilitators = page.locator('section[aria-labelledby="facilitators"]');
	await expect(facilitators.getByText(/Every mandate can be recalled/)).toBeVisible();
	const card = facilitators.locator('li.card', { hasText: 'Robin Ashdown' });
	await card.getByRole('button', { name: 'Start a recall petition' }).click();
	await expect(page.getByText('Your recall petition is open')).toBeVisible();
	await expect(facilitators.locator('li.card', { hasText: 'Robin Ashdown' })).toContainText(
		/Recall petition: 1 of \d+ signatures/
	);
	await expectAccessible(page);
	// Starting a second petition against the same mandate is not offered.
	await expect(
		facilitators
			.locator('li.card', { hasText: 'Robin Ashdown' })
			.getByRole('button', { name: 'Start a recall petition' })
	).toHaveCount(0);
});

test('the interim committee’s page and the roles page read well and pass axe', async ({ page }) => {
	await page.goto('/committees');
	await expectAccessible(page);
	await page.getByRole('link', { name: 'Interim Committee' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Interim Committee' })).toBeVisible();
	await expect(page.getByText(/Silence is never counted as abstention/)).toBeVisible();
	await expect(page.getByText(/Quorum: \d+ ballots/)).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Its members' })).toBeVisible();
	await expectAccessible(page);
	await page.goto('/roles');
	await expect(page.getByRole('heading', { level: 2, name: 'Facilitator' })).toBeVisible();
	await expectAccessible(page);
});
