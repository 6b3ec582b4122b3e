import type { Browser } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { expectAccessible, markWithoutJavaScript } from './support/axe';
import { logIn, newPerson, signUp, verifyFromMail } from './support/accounts';

const stamp = Date.now().toString(36);
// A town nobody else lives in, so its new chapter has exactly this journey's members.
const country = 'IS';
const city = `Vik${stamp}`;

/** A new member of the town's chapter, in a browser of their own. */
async function member(browser: Browser, prefix: string, javaScriptEnabled = true) {
	const context = await browser.newContext({ javaScriptEnabled });
	const page = await context.newPage();
	if (!javaScriptEnabled) markWithoutJavaScript(page);
	const person = { ...newPerson(prefix), country, city };
	await signUp(page, person);
	await verifyFromMail(page, person.email);
	await logIn(page, person.email, person.password);
	await expect(page).not.toHaveURL(/\/login/);
	return { page, person, close: () => context.close() };
}

async function advance(page: import('@playwright/test').Page, path: string) {
	const response = await page.request.post(path);
	expect(response.ok()).toBe(true);
}

test('a facilitator election: stand, vote in several browsers, count, the mandate gives its rights until its term ends', async ({
	browser
}) => {
	test.setTimeout(400_000);
	const ana = await member(browser, 'ela');
	const ben = await member(browser, 'elb');
	// The third voter has no JavaScript: every form of the election works without it.
	const cai = await member(browser, 'elc', false);

	// The chapter of the town, created for its first member.
	await ana.page.goto('/welcome');
	await ana.page.getByRole('link', { name: city, exact: true }).click();
	await expect(ana.page.getByRole('heading', { name: city, level: 1 })).toBeVisible();
	const chapterPath = new URL(ana.page.url()).pathname;
	// Nobody holds a mandate here yet: no forum can be created.
	await ana.page.goto(`${chapterPath}/forums`);
	await expect(ana.page.getByRole('heading', { name: 'A new forum' })).toHaveCount(0);

	// Ana calls an election for one facilitator seat.
	await ana.page.goto('/elections/new');
	await expectAccessible(ana.page);
	await ana.page.getByLabel('Role', { exact: true }).selectOption('facilitator');
	const scope = await ana.page
		.locator('select[name="scope"] option', { hasText: city })
		.first()
		.getAttribute('value');
	await ana.page.getByLabel('Where', { exact: true }).selectOption(scope!);
	await ana.page.getByLabel('Seats', { exact: true }).fill('1');
	await ana.page.getByLabel('Days of nominations').fill('1');
	await ana.page.getByLabel('Days of voting').fill('1');
	await ana.page.getByRole('button', { name: 'Call the election' }).click();
	await expect(ana.page).toHaveURL(/\/elections\/\d+$/);
	const url = new URL(ana.page.url()).pathname;
	const id = Number(/\/elections\/(\d+)/.exec(url)![1]);

	// Ana and Ben stand; standing twice is refused and changes nothing.
	await ana.page.getByLabel('Your statement').fill('I will keep the meeting list.');
	await ana.page.getByRole('button', { name: 'Stand', exact: true }).click();
	await expect(ana.page.getByText('You are a candidate.')).toBeVisible();
	await expectAccessible(ana.page);
	const standTwice = await ana.page.request.post(`${url}?/stand`, {
		form: { statement: 'again' },
		headers: { origin: new URL(ana.page.url()).origin, accept: 'application/json' }
	});
	// SvelteKit answers a form action asked for JSON with the failure and its status inside.
	expect(await standTwice.json()).toMatchObject({ type: 'failure', status: 409 });
	await expect(ana.page.getByRole('button', { name: 'Stand', exact: true })).toHaveCount(0);
	await ben.page.goto(url);
	await ben.page.getByLabel('Your statement').fill('I will answer every message.');
	await ben.page.getByRole('button', { name: 'Stand', exact: true }).click();
	await expect(ben.page.getByText('You are a candidate.')).toBeVisible();
	await expect(ben.page.getByTestId('candidate')).toHaveCount(2);

	// Voting opens: the electorate is the chapter's three members.
	await advance(ana.page, `/dev/elections/${id}/advance`);
	const rank = async (who: typeof ana, order: string[]) => {
		await who.page.goto(url);
		await expect(who.page.getByTestId('ballot')).toBeVisible();
		await expectAccessible(who.page);
		for (const [i, name] of order.entries())
			await who.page.getByLabel(name, { exact: true }).selectOption(String(i + 1));
		await who.page.getByRole('button', { name: 'Cast my ballot' }).click();
		await expect(who.page.getByText('Your ballot is in.')).toBeVisible();
	};
	const a = ana.person.displayName;
	const b = ben.person.displayName;
	// Junk is refused with a message, and nothing is cast.
	await cai.page.goto(url);
	await cai.page.getByLabel(a, { exact: true }).selectOption('1');
	await cai.page.getByLabel(b, { exact: true }).selectOption('1');
	await cai.page.getByRole('button', { name: 'Cast my ballot' }).click();
	await expect(cai.page.getByText('Each number may be given once.')).toBeVisible();
	await expectAccessible(cai.page);

	await rank(ana, [a, b]);
	await rank(ben, [b, a]);
	await rank(cai, [a]);

	// The count: Ana is elected, Ben is her reserve; the rounds and the ballots are published.
	await advance(ana.page, `/dev/elections/${id}/advance`);
	await ana.page.goto(url);
	await expect(ana.page.getByTestId('election-phase')).toHaveText('Counted');
	await expect(ana.page.getByTestId('elected')).toContainText(a);
	await expect(ana.page.getByTestId('reserves')).toContainText(b);
	await expect(ana.page.getByRole('link', { name: 'Download the ballots (BLT)' })).toBeVisible();
	await expectAccessible(ana.page);
	const blt = await ana.page.request.get(`${url}/ballots.blt`);
	expect(blt.ok()).toBe(true);
	const text = await blt.text();
	expect(text.split('\n')[0]).toBe('2 1');
	expect(text).not.toContain(ana.person.email);

	// The mandate gives the new facilitator the chapter's forums, and only her.
	await ana.page.goto(`${chapterPath}/forums`);
	await expect(ana.page.getByRole('heading', { name: 'A new forum' })).toBeVisible();
	await ana.page.getByLabel('Name', { exact: true }).fill(`Assembly ${stamp}`);
	await ana.page.getByRole('button', { name: 'Create the forum' }).click();
	await expect(ana.page.getByText('The forum is created.')).toBeVisible();
	await ben.page.goto(`${chapterPath}/forums`);
	await expect(ben.page.getByRole('heading', { name: 'A new forum' })).toHaveCount(0);

	// The term ends: the right is gone.
	await advance(ana.page, `/dev/elections/${id}/end-terms`);
	await ana.page.goto(`${chapterPath}/forums`);
	await expect(ana.page.getByRole('heading', { name: 'A new forum' })).toHaveCount(0);

	// The list, by scope, and the demo's committee election: a Meek count with its rounds, its
	// balance rule and its reserves, readable by a visitor too.
	await cai.page.goto('/elections');
	await expectAccessible(cai.page);
	await cai.page.getByRole('link', { name: 'Committee seat' }).first().click();
	await expect(cai.page.getByTestId('elected')).toBeVisible();
	await expect(cai.page.getByRole('heading', { name: 'Balance rule' }).first()).toBeVisible();
	await expect(cai.page.getByTestId('reserves')).toBeVisible();
	await expectAccessible(cai.page);

	await Promise.all([ana.close(), ben.close(), cai.close()]);
});
