import type { Browser, Page } from '@playwright/test';
import { generateDemoPeople } from '../../src/lib/server/seed/demo-people';
import { expect, test } from './support/fixtures';
import { expectAccessible, markWithoutJavaScript } from './support/axe';
import { logIn, newPerson, peopleMadeSoFar, signUp, verifyFromMail } from './support/accounts';

const DEMO_PASSWORD = 'plenary-demo-2012';

type Login = { email: string; password: string };

/** The demo's members by name: everyone in the demo logs in with its one password. */
const DEMO_PEOPLE = new Map<string, Login[]>();
for (const p of generateDemoPeople())
	DEMO_PEOPLE.set(p.displayName, [
		...(DEMO_PEOPLE.get(p.displayName) ?? []),
		{ email: p.email, password: DEMO_PASSWORD }
	]);

/**
 * The current jurors of a case, as its page names them (a member sees full names). The draw takes
 * any active member: one of the demo's, or one an earlier journey on this app signed up. Each is
 * found by name among both.
 */
async function jurorsOf(page: Page, caseUrl: string) {
	await page.goto(caseUrl);
	const names = await page
		.locator('ul.jurors > li:not(:has(.muted)) > span[dir="auto"]')
		.allTextContents();
	expect(names).toHaveLength(3);
	const made = peopleMadeSoFar();
	return names.map((name) => ({
		name,
		logins: [
			...(DEMO_PEOPLE.get(name.trim()) ?? []),
			...made.filter((p) => p.displayName === name.trim())
		]
	}));
}

/**
 * A juror votes in a browser of their own. Jurors use the app in their own languages, so the form
 * is found by its fields, not its words. The first juror works without JavaScript.
 */
async function voteAsJuror(
	browser: Browser,
	juror: { name: string; logins: Login[] },
	caseUrl: string,
	verdict: string,
	javaScriptEnabled: boolean
) {
	for (const { email, password } of juror.logins) {
		const context = await browser.newContext({ javaScriptEnabled });
		const page = await context.newPage();
		if (!javaScriptEnabled) markWithoutJavaScript(page);
		await logIn(page, email, password);
		// Members may share a name, and an earlier journey may have deleted one of them: the juror
		// is the one who gets in and finds the vote form.
		const inside = await page
			.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 10_000 })
			.then(() => true)
			.catch(() => false);
		if (inside) await page.goto(caseUrl);
		const form = page.locator('form[action="?/vote"]');
		if (!inside || (await form.count()) === 0) {
			await context.close();
			continue;
		}
		await expectAccessible(page);
		await page.locator(`input[name="verdict"][value="${verdict}"]`).check();
		await page.locator('textarea[name="reason"]').fill(`I chose ${verdict} after reading it.`);
		await form.locator('button[type="submit"]').click();
		await expect(page.locator('.alert.success')).toBeVisible();
		await expectAccessible(page);
		await context.close();
		return;
	}
	throw new Error(`no demo member named ${juror.name} could vote`);
}

test('a flagged post goes to a jury that hides it, and on appeal a new jury restores it', async ({
	page,
	browser
}) => {
	// The author: a new member, who writes a post.
	const author = newPerson('jury');
	await signUp(page, author);
	await verifyFromMail(page, author.email);
	await logIn(page, author.email, author.password);
	await expect(page.getByText(/Welcome back/)).toBeVisible();
	const title = `Rent strike notes ${Date.now().toString(36)}`;
	const words = 'Meet at the corner at six; bring the leaflets.';
	await page.goto('/blog/new');
	await page.getByLabel('Title').fill(title);
	await page.getByLabel('Text', { exact: true }).fill(words);
	await page.getByRole('button', { name: 'Publish' }).click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	const postUrl = page.url();
	const postId = new URL(postUrl).pathname.match(/\/posts\/(\d+)-/)![1];

	// Another member flags it.
	const flagging = await browser.newContext();
	const flagger = await flagging.newPage();
	await logIn(flagger, 'demo@example.org', DEMO_PASSWORD);
	await expect(flagger.getByText(/Welcome back/)).toBeVisible();
	await flagger.goto(`/flag?type=post&id=${postId}`);
	await flagger.getByLabel('Abusive or hateful').check();
	await flagger.getByRole('button', { name: 'Send the flag' }).click();
	await expect(flagger.getByText('The flag has been recorded for review.')).toBeVisible();
	await flagging.close();

	// A jury of three is drawn at once; the case is public while it is open.
	await page.goto('/moderation');
	await expectAccessible(page);
	await page
		.getByRole('region', { name: 'Before a jury now' })
		.getByRole('link', { name: new RegExp(title) })
		.click();
	await expect(page.getByRole('heading', { name: /^Jury case \d+$/ })).toBeVisible();
	await expect(page.getByText(/Draw 1, from \d+ eligible members, seed/)).toBeVisible();
	await expectAccessible(page);
	const caseUrl = page.url();
	const first = await jurorsOf(page, caseUrl);

	// Each juror votes in their own browser; the first without JavaScript.
	for (const [i, juror] of first.entries())
		await voteAsJuror(browser, juror, caseUrl, 'hide', i !== 0);

	// The post is hidden; the public log has the decision, and nothing of who flagged.
	await page.goto(postUrl);
	await expect(page.getByText('Hidden by the verdict of a jury of members.')).toBeVisible();
	await expect(page.getByText(words)).toHaveCount(0);
	await expectAccessible(page);
	const visitor = await browser.newContext();
	const log = await visitor.newPage();
	await log.goto('/moderation');
	await expect(log.getByRole('link', { name: new RegExp(title) }).first()).toBeVisible();
	await expect(log.getByText('I chose hide after reading it.').first()).toBeVisible();
	await expect(log.getByText(/Robin Ashdown/)).toHaveCount(0);
	await expectAccessible(log);
	await visitor.close();

	// The author appeals; a new jury, none of whom sat on the first, restores the post.
	await page.goto(caseUrl);
	await page.getByLabel('Why the verdict should change').fill('It is an invitation to a meeting.');
	await page.getByRole('button', { name: 'Appeal to a new jury' }).click();
	await expect(page.getByText('Your appeal is open: a new jury has been drawn.')).toBeVisible();
	await expectAccessible(page);
	const appealUrl = new URL(
		(await page
			.getByRole('link', { name: /^#\d+$/ })
			.first()
			.getAttribute('href'))!,
		page.url()
	).href;
	const second = await jurorsOf(page, appealUrl);
	for (const juror of second) expect(first.map((j) => j.name)).not.toContain(juror.name);
	for (const juror of second) await voteAsJuror(browser, juror, appealUrl, 'keep', true);

	await page.goto(postUrl);
	await expect(page.getByText(words)).toBeVisible();
	await expect(page.getByText('Hidden by the verdict of a jury of members.')).toHaveCount(0);
	await page.goto(appealUrl);
	await expect(page.getByText(/^Keep$/).first()).toBeVisible();
	await expectAccessible(page);
});
