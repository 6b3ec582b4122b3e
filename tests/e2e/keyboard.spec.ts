import { expect, type Locator, type Page } from '@playwright/test';
import { test } from './support/fixtures';
import { expectAccessible } from './support/axe';
import { logIn, newPerson } from './support/accounts';
import { linkIn, waitForMail } from './support/mail';
import { endPhase, openVoting, proposeDecision } from './support/decisions';

/*
 * Keyboard-only journeys: once a page is open, every step is a key press. A field or button is
 * reached with Tab from wherever focus is (so it must be in the tab order, in a sensible place),
 * must show that it has focus, and is then operated with the keys a keyboard user has: typing,
 * arrows in selects and radio groups, Space for boxes, Enter to submit.
 */

/** Press Tab until the target has focus (it must show it), failing if it is never reached. */
async function tabTo(page: Page, target: Locator, limit = 200) {
	const element = await target.elementHandle();
	if (!element) throw new Error(`nothing matches ${target}`);
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab');
		if (await element.evaluate((el) => el === document.activeElement)) {
			const shown = await element.evaluate((el) => {
				const style = getComputedStyle(el);
				return (
					(style.outlineStyle !== 'none' && style.outlineWidth !== '0px') ||
					style.boxShadow !== 'none'
				);
			});
			expect(shown, `${target} shows no focus indicator`).toBe(true);
			return;
		}
	}
	throw new Error(`${target} was not reached by Tab`);
}

/** Type into a field reached by Tab. */
async function typeInto(page: Page, field: Locator, text: string) {
	await tabTo(page, field);
	await page.keyboard.type(text);
}

/** Press a button reached by Tab (Enter, as a keyboard user does). */
async function press(page: Page, button: Locator) {
	await tabTo(page, button);
	await page.keyboard.press('Enter');
}

/** Pick an option of a single select by its visible label, with the arrow keys. */
async function choose(page: Page, select: Locator, label: string) {
	await tabTo(page, select);
	const labels = await select.locator('option').allTextContents();
	const target = labels.findIndex((l) => l.trim() === label);
	expect(target, `${label} is an option`).toBeGreaterThanOrEqual(0);
	await page.keyboard.press('Home');
	for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
	await expect(select.locator('option:checked')).toHaveText(label);
}

test('join, confirm and log in with the keyboard alone', async ({ page }) => {
	const person = newPerson('keys');
	await page.goto('/join');
	await typeInto(page, page.getByLabel('E-mail address'), person.email);
	await typeInto(page, page.getByLabel('Password'), person.password);
	await typeInto(page, page.getByLabel('Name', { exact: true }), person.displayName);
	await typeInto(page, page.getByLabel('User name'), person.handle);
	await choose(page, page.getByLabel('Country'), 'Tunisia');
	await typeInto(page, page.getByLabel('City or town'), person.city);
	// A multiple select: the arrow keys move and select one option.
	await tabTo(page, page.getByLabel('Languages you speak'));
	await page.keyboard.press('ArrowDown');
	await press(page, page.getByRole('button', { name: 'Create my account' }));
	await expect(page.getByRole('heading', { name: 'Check your e-mail' })).toBeVisible();

	const mail = await waitForMail(person.email, /Confirm your e-mail address/);
	await page.goto(linkIn(mail.text, '/verify?token='));
	await press(page, page.getByRole('button', { name: 'Confirm my address' }));
	await expect(page.getByText('Your address is confirmed')).toBeVisible();

	await typeInto(page, page.getByLabel('E-mail address'), person.email);
	await typeInto(page, page.getByLabel('Password'), person.password);
	await page.keyboard.press('Enter');
	await expect(page).not.toHaveURL(/\/login/);
	await expect(page.getByRole('button', { name: 'Log out', exact: true })).toBeVisible();
});

test('write a post and comment on it with the keyboard alone', async ({ page }) => {
	await page.goto('/login');
	await logIn(page, 'demo@example.org', 'plenary-demo-2012');
	await expect(page.getByText(/Welcome back/)).toBeVisible();

	const title = `Keyboard post ${Date.now().toString(36)}`;
	await page.goto('/blog/new');
	await typeInto(page, page.getByLabel('Title'), title);
	await typeInto(page, page.getByLabel('Text', { exact: true }), 'Written without a mouse.');
	await typeInto(page, page.getByLabel('Tags'), 'access');
	await press(page, page.getByRole('button', { name: 'Publish' }));
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

	await typeInto(page, page.getByLabel('Your comment'), 'And commented without one.');
	await press(page, page.getByRole('button', { name: 'Post comment' }));
	await expect(page.locator('li.comment', { hasText: 'And commented without one.' })).toBeVisible();
	await expectAccessible(page);
});

test('vote on a ranked ballot and on yes or no with the keyboard alone', async ({ page }) => {
	await page.goto('/login');
	await logIn(page, 'demo@example.org', 'plenary-demo-2012');
	await expect(page.getByText(/Welcome back/)).toBeVisible();
	const stamp = Date.now().toString(36);

	// Setting the decisions up is not the journey; voting is.
	const ranked = await proposeDecision(page, {
		title: `Keyboard ranked ${stamp}`,
		ballot: 'Choose one of several options',
		method: 'Ranked (Schulze)',
		options: ['Tuesday', 'Saturday', 'Sunday']
	});
	await openVoting(page, ranked);
	await page.goto(`/decisions/${ranked}`);
	await choose(page, page.getByLabel('Saturday', { exact: true }), 'Choice 1');
	await choose(page, page.getByLabel('Sunday', { exact: true }), 'Choice 2');
	await press(page, page.getByRole('button', { name: 'Vote', exact: true }));
	await expect(page.getByText(/You voted on/)).toBeVisible();
	await endPhase(page, ranked);
	await expect(page.locator('p.verdict')).toContainText('Saturday');

	const plain = await proposeDecision(page, {
		title: `Keyboard yes or no ${stamp}`,
		ballot: 'Yes / no / abstain'
	});
	await openVoting(page, plain);
	await page.goto(`/decisions/${plain}`);
	// A radio group is one tab stop; the arrows move the choice within it.
	await tabTo(page, page.getByRole('radio', { name: 'Yes' }));
	await page.keyboard.press('Space');
	await expect(page.getByRole('radio', { name: 'Yes' })).toBeChecked();
	await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('radio', { name: 'No' })).toBeChecked();
	await press(page, page.getByRole('button', { name: 'Vote', exact: true }));
	await expect(page.getByText('Your vote is recorded.')).toBeVisible();
	await expectAccessible(page);
});
