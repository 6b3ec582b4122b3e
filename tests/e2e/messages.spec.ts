import { expect, test } from './support/fixtures';
import { expectAccessible } from './support/axe';
import type { Page } from '@playwright/test';
import { newMemberInBrowser, type Person } from './support/accounts';

const navLink = (page: Page) =>
	page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Messages/ });

async function send(page: Page, to: Person, subject: string, body: string) {
	await page.goto(
		`/messages/new?to=${encodeURIComponent(to.handle)}&subject=${encodeURIComponent(subject)}`
	);
	await expect(page.getByLabel('To')).toHaveValue(to.handle);
	await expect(page.getByLabel('Subject')).toHaveValue(subject);
	await expectAccessible(page);
	await page.getByLabel('Message', { exact: true }).fill(body);
	await page.getByRole('button', { name: 'Send', exact: true }).click();
}

test('two members write to each other; a third cannot read it; a block stops a message', async ({
	page,
	browser
}) => {
	test.setTimeout(300_000);
	const tag = Date.now().toString(36);
	const ana = await newMemberInBrowser(browser, true, 'msga');
	const ben = await newMemberInBrowser(browser, true, 'msgb');
	// The third member has no JavaScript: every step below works as plain forms and links.
	const cai = await newMemberInBrowser(browser, false, 'msgc');
	void page;

	// Ana starts a conversation from the link the aid board uses, prefilled, and sends it.
	const subject = `Seeds for the library ${tag}`;
	await send(ana.page, ben.person, subject, 'Do you have **tomato** seeds to spare?');
	await expect(ana.page).toHaveURL(/\/messages\/\d+/);
	const url = new URL(ana.page.url()).pathname;
	await expect(ana.page.getByRole('heading', { name: subject })).toBeVisible();
	await expect(ana.page.locator('strong', { hasText: 'tomato' })).toBeVisible();
	await expectAccessible(ana.page);
	// An open conversation reads what arrives in it: Ana leaves it for her list.
	await ana.page.goto('/messages');
	await expect(ana.page.getByRole('link', { name: subject })).toBeVisible();

	// Ben sees one unread conversation in the navigation and the list, opens it, and it is read.
	await ben.page.goto('/messages');
	await expect(navLink(ben.page)).toHaveAccessibleName('Messages (1 conversations unread)');
	await expect(ben.page.getByText('1 unread')).toBeVisible();
	await expectAccessible(ben.page);
	await ben.page.getByRole('link', { name: subject }).click();
	await expect(ben.page.getByText('Do you have tomato seeds to spare?')).toBeVisible();
	await expect(navLink(ben.page)).toHaveAccessibleName('Messages');
	await expectAccessible(ben.page);
	await ben.page.getByLabel('Message', { exact: true }).fill('Yes, a whole jar. Saturday?');
	await ben.page.getByRole('button', { name: 'Send', exact: true }).click();
	await expect(ben.page.getByText('Yes, a whole jar. Saturday?')).toBeVisible();

	// Ana's count goes up (her open list hears of it live); her conversation shows the answer.
	await expect(ana.page.getByText('1 unread')).toBeVisible();
	await ana.page.goto('/messages');
	await expect(navLink(ana.page)).toHaveAccessibleName('Messages (1 conversations unread)');
	// Conversations are never stored by the browser.
	const opened = await ana.page.goto(url);
	expect(opened?.headers()['cache-control']).toBe('no-store');
	await expect(ana.page.getByText('Yes, a whole jar. Saturday?')).toBeVisible();

	// A member outside the conversation gets 404, and it is not in their list.
	const outside = await cai.page.goto(url);
	expect(outside?.status()).toBe(404);
	await expectAccessible(cai.page);
	await cai.page.goto('/messages');
	await expect(cai.page.getByRole('link', { name: subject })).toHaveCount(0);
	await expectAccessible(cai.page);

	// Without JavaScript, the third member writes to Ana: a plain form post.
	await send(cai.page, ana.person, `Hello ${tag}`, 'A plain form works too.');
	await expect(cai.page).toHaveURL(/\/messages\/\d+/);
	await expect(cai.page.getByText('A plain form works too.')).toBeVisible();
	await expectAccessible(cai.page);

	// Ben blocks Ana from the conversation: she can no longer answer there or start another.
	await ben.page.getByRole('button', { name: /^Block / }).click();
	await expect(ben.page.getByText('Blocked.', { exact: false })).toBeVisible();
	await expectAccessible(ben.page);
	await ana.page.reload();
	await expect(ana.page.getByText('You cannot write in this conversation.')).toBeVisible();
	await send(ana.page, ben.person, 'Again', 'Are you there?');
	await expect(
		ana.page.getByText('You cannot send messages to this member or conversation.')
	).toBeVisible();
	await expectAccessible(ana.page);

	// Ben finds the block in his settings and undoes it.
	await ben.page.goto('/settings/blocks');
	await expectAccessible(ben.page);
	await ben.page.getByRole('button', { name: /^Unblock / }).click();
	await expect(ben.page.getByText('You have not blocked anyone.')).toBeVisible();

	for (const m of [ana, ben, cai]) await m.context.close();
});
