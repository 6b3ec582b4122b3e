import { expect, test } from './support/fixtures';
import { logIn, newPerson, signUp, verifyFromMail } from './support/accounts';
import { expectAccessible } from './support/axe';

// One journey: a new member's blog is nobody's on the federation until she
// opts in under Settings → Federation; then WebFinger finds it, and its actor carries the name
// visitors see (first name and initial: she has not chosen to show her full name).
test('a member opts in to federating her blog, and only then can other servers find it', async ({
	page
}) => {
	const person = newPerson('fedi');
	await signUp(page, person);
	await verifyFromMail(page, person.email);
	await logIn(page, person.email, person.password);

	const host = new URL(page.url()).host;
	const webfinger = `/.well-known/webfinger?resource=acct:${person.handle}@${host}`;
	expect((await page.request.get(webfinger)).status()).toBe(404);

	await page.goto('/settings/federation');
	await expect(page.getByRole('heading', { name: 'Federation', level: 1 })).toBeVisible();
	await expectAccessible(page);
	await page.getByLabel('Let people on other servers follow my blog').check();
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByText('Saved.')).toBeVisible();
	await expect(page.getByText(`@${person.handle}@${host}`)).toBeVisible();
	await expectAccessible(page);

	const found = await page.request.get(webfinger);
	expect(found.status()).toBe(200);
	const self = (await found.json()).links.find((l: { rel: string }) => l.rel === 'self');
	const actor = await (
		await page.request.get(self.href, { headers: { accept: 'application/activity+json' } })
	).json();
	expect(actor.type).toBe('Person');
	expect(actor.name).toBe('Nadia H.');
});
