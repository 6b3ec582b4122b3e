import { expect, test } from './support/fixtures';
import { expectAccessible, markWithoutJavaScript } from './support/axe';
import type { Page } from '@playwright/test';
import { newPerson, signUp, verifyFromMail } from './support/accounts';

/** Log in with e-mail and password (the exact button: the page may offer other ways in). */
async function logIn(page: Page, email: string, password: string) {
	await page.goto('/login');
	await page.getByLabel('E-mail address').fill(email);
	await page.getByLabel('Password').fill(password);
	await page.getByRole('button', { name: 'Log in', exact: true }).click();
}

/** Co-authorship is an invitation: the invitee reads the draft, then accepts, with or without JavaScript. */
for (const javaScriptEnabled of [true, false]) {
	test(`an invited member accepts co-authorship ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async ({
		page,
		browser
	}) => {
		test.setTimeout(240_000);
		if (!javaScriptEnabled) markWithoutJavaScript(page);
		const tag = `${javaScriptEnabled ? 'js' : 'nojs'} ${Date.now().toString(36)}`;

		// The invitee, in a browser of their own.
		const context = await browser.newContext({ javaScriptEnabled });
		const other = await context.newPage();
		if (!javaScriptEnabled) markWithoutJavaScript(other);
		const person = newPerson(`coau${javaScriptEnabled ? 'js' : 'no'}`);
		await signUp(other, person);
		await verifyFromMail(other, person.email);
		await logIn(other, person.email, person.password);
		await expect(other).not.toHaveURL(/\/login/);

		// The author, a new member too, saves a draft and invites them.
		const author = newPerson(`auth${javaScriptEnabled ? 'js' : 'no'}`);
		await signUp(page, author);
		await verifyFromMail(page, author.email);
		await logIn(page, author.email, author.password);
		await expect(page).not.toHaveURL(/\/login/);
		await page.goto('/decisions/new?template=yes-no');
		const title = `Share the keys ${tag}`;
		await page.getByLabel('Title').fill(title);
		await page.getByLabel('Summary').fill('Who holds the keys.');
		await page.getByLabel('Text', { exact: true }).fill('Two members hold the keys.');
		await page.getByRole('button', { name: 'Save draft' }).click();
		await expect(page.getByRole('heading', { name: 'This is a draft' })).toBeVisible();
		await page.getByLabel('Invite a co-author').fill(`@${person.handle}`);
		await page.getByRole('button', { name: 'Invite', exact: true }).click();
		await expect(page.getByRole('heading', { name: 'Invited, not answered yet' })).toBeVisible();
		await expectAccessible(page);

		// The invitee finds the invitation, reads the draft, cannot edit it, and accepts.
		await other.goto('/decisions/invitations');
		await expectAccessible(other);
		await other.getByRole('link', { name: title }).click();
		await expect(
			other.getByRole('heading', { name: 'You are invited to co-author this draft' })
		).toBeVisible();
		await expect(other.getByRole('link', { name: 'Edit the draft' })).toHaveCount(0);
		await expectAccessible(other);
		await other.getByRole('button', { name: 'Accept' }).click();
		await expect(other.getByRole('heading', { name: 'This is a draft' })).toBeVisible();
		await other.goto('/decisions/invitations');
		await expect(other.getByText('No invitation is waiting for you.')).toBeVisible();
		await context.close();
	});
}
