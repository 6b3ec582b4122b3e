import { expect, test } from './support/fixtures';
import { logIn, newPerson, signUp, verifyFromMail } from './support/accounts';
import { expectAccessible } from './support/axe';
import { openVoting, proposeDecision } from './support/decisions';
import { waitForMail } from './support/mail';

// One journey: a new member joins; another member opens an organisation vote; the new member's
// home leads with it, her notification centre counts it, a mail tells her at once, and a comment
// the other member writes appears on her open page without a reload.
test('a new member sees a vote open to her on her home page and another member’s comment arrive live', async ({
	page,
	browser
}) => {
	const person = newPerson('turn');
	await signUp(page, person);
	await verifyFromMail(page, person.email);
	await logIn(page, person.email, person.password);
	await expect(page.getByRole('heading', { name: 'Your turn' })).toBeVisible();

	const other = await browser.newContext();
	const demo = await other.newPage();
	await logIn(demo, 'demo@example.org', 'plenary-demo-2012');
	await expect(demo.getByText(/Welcome back/)).toBeVisible();
	const title = `Meet every month ${Date.now().toString(36)}`;
	const id = await proposeDecision(demo, { title, ballot: 'Yes / no / abstain' });
	await openVoting(demo, id);

	// Her home: the vote, with its deadline, first thing.
	await page.goto('/');
	const turn = page.getByRole('region', { name: 'Your turn' });
	await expect(turn.getByRole('link', { name: title })).toBeVisible();
	await expect(turn.getByText(/closes/)).toBeVisible();
	await expectAccessible(page);
	// …in her notification centre, and by mail at once, with one-click unsubscribe.
	await expect(page.getByRole('link', { name: /^Notifications \(\d+ unread\)$/ })).toBeVisible();
	const mail = await waitForMail(person.email, /Voting is open/);
	expect(mail.headers['list-unsubscribe']).toMatch(/^<http.*\/unsubscribe\/[\w.-]+>$/);
	expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');

	// The decision page, open in her browser, shows the other member's comment as it is posted.
	await turn.getByRole('link', { name: title }).click();
	await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
	await expect(page.getByRole('group', { name: `Notifications for ${title}` })).toBeVisible();
	await expectAccessible(page);
	const words = `Count me in ${Date.now().toString(36)}`;
	await demo.getByLabel('Your comment').fill(words);
	await demo.getByRole('button', { name: 'Post comment' }).click();
	await expect(page.getByText(words)).toBeVisible();
	await other.close();
});
