import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { expectAccessible } from './support/axe';
import { logIn, newMemberInBrowser } from './support/accounts';
import { endPhase, expectBesideItsName, openVoting, proposeDecision } from './support/decisions';

async function logInAsDemo(page: Page) {
	await page.goto('/login');
	await logIn(page, 'demo@example.org', 'plenary-demo-2012');
	await expect(page.getByText(/Welcome back/)).toBeVisible();
}

const stamp = () => Date.now().toString(36);

for (const javaScriptEnabled of [true, false]) {
	test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
		test.use({ javaScriptEnabled });
		const tag = javaScriptEnabled ? 'js' : 'nojs';

		test('propose, amend, vote, close, record the outcome, dissent and petition', async ({
			page,
			browser
		}) => {
			test.setTimeout(400_000);
			// Another member, there before the proposal is submitted: the electorate is fixed then.
			const other = await newMemberInBrowser(browser, javaScriptEnabled, `amend${tag}`);
			await logInAsDemo(page);
			const title = `Rotate the minutes ${tag} ${stamp()}`;
			const id = await proposeDecision(page, { title, ballot: 'Yes / no / abstain' });
			// The path only: without JavaScript a form action leaves `?/submit` in the address.
			const url = new URL(page.url()).pathname;

			// The other member amends the text; the author accepts it, making version 2.
			await other.page.goto(`${url}/amendments`);
			await expectAccessible(other.page);
			await other.page
				.getByLabel('The text as amended')
				.fill('We meet every month.\nEveryone takes a turn at the minutes, in alphabetical order.');
			await other.page.getByLabel('Why this change').fill('A fair order.');
			await other.page.getByRole('button', { name: 'Propose the amendment' }).click();
			await expect(other.page.getByText('Your amendment is proposed.')).toBeVisible();
			await expect(other.page.locator('ins').first()).toContainText('in alphabetical order');
			await expectAccessible(other.page);

			await page.goto(`${url}/amendments`);
			await page.getByRole('button', { name: 'Accept into the text' }).click();
			await expect(page.getByText('Accepted by the authors')).toBeVisible();
			await page.goto(`${url}/versions`);
			await expect(page.locator('ins').first()).toContainText('in alphabetical order');
			await expectAccessible(page);

			// Voting: the author votes yes, the other member no, with a reason shown beside it.
			await page.goto(url);
			await openVoting(page, id);
			await expectAccessible(page);
			await page.getByRole('button', { name: 'Vote', exact: true }).click();
			if (!javaScriptEnabled) await expect(page.getByRole('radio', { name: 'Yes' })).toBeVisible();
			await page.getByRole('radio', { name: 'Yes' }).check();
			await page.getByRole('button', { name: 'Vote', exact: true }).click();
			await expect(page.getByText('Your vote is recorded.')).toBeVisible();
			await expect(page.getByText(/You voted on/)).toBeVisible();

			await other.page.goto(url);
			await other.page.getByRole('radio', { name: 'No' }).check();
			await other.page
				.getByLabel('Your reason (shown with your vote)')
				.fill('Alphabetical order is not fair either.');
			await other.page.getByRole('button', { name: 'Vote', exact: true }).click();
			await expect(other.page.getByText('Your vote is recorded.')).toBeVisible();
			// A changed vote counts once.
			await other.page.getByRole('radio', { name: 'No' }).check();
			await other.page.getByRole('button', { name: 'Change my vote' }).click();
			await expect(other.page.getByText('Changed: 1')).toBeVisible();
			await expectAccessible(other.page);

			// Close: the result shows raw and weighted figures; the author records the outcome.
			await endPhase(page, id);
			await expect(page.locator('.timeline [aria-current="step"]')).toContainText('Closed');
			await expect(page.locator('p.verdict')).toContainText('Not passed: 50% in favour');
			await page.locator('summary', { hasText: 'How this was counted' }).click();
			const figures = page.getByRole('table', { name: 'Votes and threshold' });
			await expect(figures.getByRole('row', { name: /Yes/ })).toContainText('1');
			await expect(figures.getByRole('row', { name: /^No/ })).toContainText('1');
			await page.getByText(/^Ballots \(2\)/).click();
			await expect(page.getByText('Alphabetical order is not fair either.')).toBeVisible();
			await page.getByLabel('Outcome statement').fill('Not adopted: we will draw lots instead.');
			await page.getByRole('button', { name: 'Record the outcome' }).click();
			await expect(page.locator('.prose').getByText('we will draw lots instead')).toBeVisible();
			await expectAccessible(page);

			// The author was on the losing side: a minority report, co-signed by the other member.
			await page.getByText(/^File a minority report/).click();
			await page.getByLabel('Title', { exact: true }).fill('Rotation still matters');
			await page.getByLabel('The report').fill('Whatever the order, the minutes must rotate.');
			await page.getByRole('button', { name: 'File the report' }).click();
			await expect(page.getByRole('heading', { name: 'Rotation still matters' })).toBeVisible();
			await other.page.goto(url);
			await other.page.getByRole('button', { name: 'Co-sign' }).click();
			await expect(other.page.getByText('Signed by (2):')).toBeVisible();
			// The winning side cannot file one.
			await expect(other.page.getByText(/^File a minority report/)).toHaveCount(0);

			// A petition to revisit: signatures against the threshold.
			await other.page.getByText('Petition to revisit').click();
			await other.page.getByLabel('Why it should be reopened').fill('We have new facts.');
			await other.page.getByRole('button', { name: 'Start the petition' }).click();
			await expect(other.page.getByText(/Signatures: 1 of \d+/).first()).toBeVisible();
			await page.goto(url);
			await page.getByRole('button', { name: 'Sign', exact: true }).click();
			await expect(page.getByText(/Signatures: 2 of \d+/).first()).toBeVisible();
			await expectAccessible(page);
			await other.close();

			// The register finds it.
			await page.goto(`/decisions?q=${encodeURIComponent(title)}&phase=closed`);
			await expect(page.getByRole('link', { name: title })).toBeVisible();
			await expectAccessible(page);
		});

		for (const kind of ['consent', 'schulze', 'approval', 'score'] as const) {
			test(`a ${kind} ballot, cast and counted`, async ({ page }) => {
				await logInAsDemo(page);
				const title = `Ballot ${kind} ${tag} ${stamp()}`;
				const choice = kind === 'consent' ? null : kind;
				const id = await proposeDecision(page, {
					title,
					ballot: choice ? 'Choose one of several options' : 'Consent',
					method: choice
						? { schulze: 'Ranked (Schulze)', approval: 'Approval', score: 'Score' }[choice]
						: undefined,
					options: choice ? ['Tuesday', 'Saturday', 'Sunday'] : undefined,
					secret: kind === 'schulze'
				});
				await openVoting(page, id);
				if (kind === 'consent') {
					await page.getByRole('radio', { name: 'Block' }).check();
					await page.getByRole('button', { name: 'Vote', exact: true }).click();
					await expect(page.getByText('A block needs a reason.').first()).toBeVisible();
					await page.getByLabel(/Your reason/).fill('It puts the work on the same few people.');
					await page.getByRole('button', { name: 'Vote', exact: true }).click();
				} else if (kind === 'schulze') {
					// Each rank beside its option's name, on a wide screen and on a phone.
					await expectBesideItsName(page, 'Saturday');
					await page.setViewportSize({ width: 390, height: 844 });
					await expectBesideItsName(page, 'Sunday');
					await page.setViewportSize({ width: 1280, height: 720 });
					await page.getByLabel('Saturday', { exact: true }).selectOption({ label: 'Choice 1' });
					await page.getByLabel('Sunday', { exact: true }).selectOption({ label: 'Choice 1' });
					await page.getByRole('button', { name: 'Vote', exact: true }).click();
					await expect(page.getByText('Two options have the same number').first()).toBeVisible();
					await page.getByLabel('Sunday', { exact: true }).selectOption({ label: 'Choice 2' });
					await page.getByRole('button', { name: 'Vote', exact: true }).click();
					await expect(page.getByText('Your receipt:').first()).toBeVisible();
				} else if (kind === 'approval') {
					await page.getByRole('checkbox', { name: 'Saturday' }).check();
					await page.getByRole('button', { name: 'Vote', exact: true }).click();
				} else {
					await page.getByLabel('Saturday', { exact: true }).selectOption('5');
					await page.getByLabel('Tuesday', { exact: true }).selectOption('1');
					await page.getByRole('button', { name: 'Vote', exact: true }).click();
				}
				await expect(page.getByText(/You voted on/)).toBeVisible();
				await expectAccessible(page);
				const receipt =
					kind === 'schulze' ? await page.locator('.receipt code').textContent() : null;
				await endPhase(page, id);
				await expect(page.locator('p.verdict')).toContainText(
					kind === 'consent' ? 'Blocked' : 'Saturday'
				);
				await expectAccessible(page);
				if (receipt) {
					const file = await page.request.get(`/decisions/${id}/ballots.json`);
					const published = await file.json();
					expect(published.ballots.map((b: { receipt: string }) => b.receipt)).toEqual([receipt]);
					await page.getByRole('link', { name: 'Find my ballot by receipt' }).click();
					await page.getByLabel('Receipt').fill(receipt.toLowerCase());
					await page.getByRole('button', { name: 'Find' }).click();
					await expect(page.getByText('This ballot was counted, with weight 1:')).toBeVisible();
					await expectAccessible(page);
					await page.getByLabel('Receipt').fill('AAAA-BBBB-CCCC');
					await page.getByRole('button', { name: 'Find' }).click();
					await expect(
						page.getByText('No ballot of this decision has that receipt.').first()
					).toBeVisible();
				}
			});
		}
	});
}

test('bad input to a ballot gets a 4xx answer and changes nothing', async ({ page, request }) => {
	await logInAsDemo(page);
	const id = await proposeDecision(page, {
		title: `Bad ballots ${stamp()}`,
		ballot: 'Yes / no / abstain'
	});
	await openVoting(page, id);
	const { origin, pathname } = new URL(page.url());
	// The canonical address: a short one would answer the POST with a redirect to it.
	const post = (data: string) =>
		page.request.post(`${pathname}?/vote`, {
			headers: {
				origin,
				'content-type': 'application/x-www-form-urlencoded',
				accept: 'text/html'
			},
			data
		});
	const bad = await post('vote=maybe');
	expect(bad.status()).toBe(400);
	await page.reload();
	await expect(page.getByText('0 of')).toBeVisible();
	// Not logged in: no vote at all.
	const anonymous = await request.post(`${pathname}?/vote`, {
		headers: { origin, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
		data: 'vote=yes'
	});
	expect(anonymous.status()).toBe(401);
	// After the close, no ballot is accepted.
	await endPhase(page, id);
	const late = await post('vote=yes');
	expect(late.status()).toBe(409);
	for (const path of [
		`/decisions/${id}/ballots.blt`,
		'/decisions/999999',
		'/decisions/abc',
		`/decisions/${id}/reminders`
	])
		expect((await request.get(path)).status(), path).toBeGreaterThanOrEqual(400);
});

test('a secret ballot refuses an identifying weighting and shows no count before the close', async ({
	page
}) => {
	test.setTimeout(240_000);
	await logInAsDemo(page);
	const title = `Secret and weighed ${stamp()}`;
	await page.goto('/decisions/new?template=yes-no');
	await page.getByLabel('Title').fill(title);
	await page.getByLabel('Text', { exact: true }).fill('We meet every month.');
	await page.getByRole('radio', { name: /^Declared stake/ }).check();
	await page.getByLabel('Secret ballot').check();
	await page.getByRole('button', { name: 'Save draft' }).click();
	await expect(page.getByText(/A secret ballot weighs every ballot the same/)).toBeVisible();
	await expectAccessible(page);

	// Secret, equal weights, results not asked to be hidden: hidden all the same until the close.
	const id = await proposeDecision(page, { title, ballot: 'Yes / no / abstain', secret: true });
	await openVoting(page, id);
	await page.getByRole('radio', { name: 'Yes' }).check();
	await page.getByRole('button', { name: 'Vote', exact: true }).click();
	await expect(page.getByText('Your receipt:').first()).toBeVisible();
	await expect(page.getByText(/The results are shown after the close/)).toBeVisible();
	await expect(page.locator('#how-counted')).toHaveCount(0);
	const api = await (await page.request.get(`/api/v1/decisions/${id}`)).json();
	expect(api.result).toBeNull();
	expect(api.resultsHiddenUntilClose).toBe(true);

	// Who has not voted yet: members listed in the directory by name, the others counted.
	await page.goto(`/decisions/${id}/reminders`);
	await expect(page.getByText(/Not listed in the directory: \d+/)).toBeVisible();
	await expectAccessible(page);
});

test.describe('in Arabic', () => {
	test.use({ locale: 'ar' });

	test('the register and a decision lay out right-to-left', async ({ page }) => {
		for (const path of ['/decisions', '/decisions?phase=closed']) {
			await page.goto(path);
			await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
			await expectAccessible(page);
		}
		await page.locator('.register a').first().click();
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expectAccessible(page);
		await page.setViewportSize({ width: 320, height: 640 });
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
	});
});
