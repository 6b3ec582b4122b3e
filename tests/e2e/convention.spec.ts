import type { Browser, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { expectAccessible } from './support/axe';
import { logIn, newPerson, signUp, verifyFromMail } from './support/accounts';

const stamp = Date.now().toString(36);
// A town nobody else lives in: its new chapter's members are exactly this journey's delegates.
const country = 'IS';
const city = `Hofn${stamp}`;

async function delegate(browser: Browser, prefix: string) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const person = { ...newPerson(prefix), country, city };
	await signUp(page, person);
	await verifyFromMail(page, person.email);
	await logIn(page, person.email, person.password);
	await expect(page).not.toHaveURL(/\/login/);
	return { page, person };
}

/** A form action asked for JSON: the refusal's status, and nothing else happens. */
async function refused(page: Page, path: string, form: Record<string, string>, status: number) {
	const answer = await page.request.post(path, {
		form,
		headers: { origin: new URL(page.url()).origin, accept: 'application/json' }
	});
	expect(await answer.json()).toMatchObject({ type: 'failure', status });
}

async function vote(page: Page, session: string, title: string, choice = 'Yes') {
	await page.goto(session);
	const card = page.getByTestId('motion').filter({ hasText: title }).first();
	await card.getByLabel(choice, { exact: true }).check();
	await card.getByRole('button', { name: 'Vote', exact: true }).click();
	await expect(page.getByTestId('motion').filter({ hasText: title }).first()).toBeVisible();
}

test('a chapter convention: agenda adopted, speaker queue, point of order, amendment vote, charter ratified, minutes published', async ({
	browser
}) => {
	test.setTimeout(300_000);
	const ana = await delegate(browser, 'cva');
	const ben = await delegate(browser, 'cvb');
	const cai = await delegate(browser, 'cvc');

	// Ana adds the chapter's charter to the register and opens it to amendment.
	await ana.page.goto('/conventions/documents');
	await expectAccessible(ana.page);
	const scope = await ana.page
		.locator('select[name="scope"] option', { hasText: city })
		.first()
		.getAttribute('value');
	await ana.page.getByLabel('Title', { exact: true }).fill(`Charter ${stamp}`);
	await ana.page.getByLabel('Where', { exact: true }).selectOption(scope!);
	await ana.page.getByLabel('Text', { exact: true }).fill('## Meetings\nWe meet monthly.');
	await ana.page.getByRole('button', { name: 'Add to the register' }).click();
	await expect(ana.page).toHaveURL(/\/conventions\/documents\/[a-z0-9-]+$/);
	const documentPath = new URL(ana.page.url()).pathname;
	await ana.page.getByRole('button', { name: 'Open to amendment' }).click();
	await expect(ana.page.getByTestId('document-status')).toHaveText('Under amendment');

	// Cai proposes an amendment; it is listed under its section. Cai starts typing before the
	// JavaScript arrives (held back, as on a slow connection): the amendment box, prefilled with the
	// document, keeps what Cai typed when the page hydrates.
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await cai.page.route('**/_app/immutable/**/*.js', async (route) => {
		await held;
		await route.continue();
	});
	await cai.page.goto(documentPath, { waitUntil: 'domcontentloaded' });
	const amendedText = cai.page.getByLabel('The document as you would amend it');
	await amendedText.fill('## Meetings\nWe meet weekly.');
	release();
	await cai.page.waitForLoadState('networkidle');
	await cai.page.unrouteAll();
	await expect(amendedText).toHaveValue('## Meetings\nWe meet weekly.');
	await cai.page.getByLabel('Why').fill('Momentum.');
	await cai.page.getByRole('button', { name: 'Propose the amendment' }).click();
	await expect(cai.page.getByText('Your amendment was added.')).toBeVisible();
	await cai.page.goto(documentPath);
	await expectAccessible(cai.page);
	const amendment = /#(\d+)/.exec(
		(await cai.page.getByTestId('amendment').first().textContent())!
	)![1];

	// Ana calls the chapter's convention, Ben chairs after her; the agenda has two items.
	await ana.page.goto('/conventions');
	await expectAccessible(ana.page);
	await ana.page.getByLabel('Title', { exact: true }).fill(`Assembly ${stamp}`);
	await ana.page.getByLabel('Where', { exact: true }).selectOption(scope!);
	await ana.page.getByLabel(/^Starts/).fill('2027-01-10T10:00');
	await ana.page.getByLabel('Chairs after you, in turn').fill(ben.person.handle);
	await ana.page.getByRole('button', { name: 'Call the convention' }).click();
	await expect(ana.page).toHaveURL(/\/conventions\/\d+$/);
	const conventionPath = new URL(ana.page.url()).pathname;
	const session = `${conventionPath}/session`;
	for (const [kind, title] of [
		['amendments', 'Amendments to the charter'],
		['ratification', 'Ratify the charter']
	]) {
		await ana.page.getByLabel('Kind', { exact: true }).selectOption(kind);
		await ana.page.getByLabel('Title', { exact: true }).fill(title);
		await ana.page
			.getByLabel('Founding document', { exact: true })
			.selectOption({ label: `Charter ${stamp}` });
		await ana.page.getByRole('button', { name: 'Add to the agenda' }).click();
		await expect(ana.page.getByTestId('agenda')).toContainText(title);
	}
	const doc = await ana.page
		.locator('select[name="document"] option', { hasText: `Charter ${stamp}` })
		.getAttribute('value');
	await expectAccessible(ana.page);
	// Moving the agenda needs the chair's role: Cai cannot open the session.
	await refused(cai.page, `${conventionPath}?/open`, {}, 403);
	await ana.page.getByRole('button', { name: 'Open the session' }).click();
	await expect(ana.page.getByTestId('convention-phase')).toHaveText('In session');

	// The agenda is adopted by vote at the start; only the chair closes the vote.
	await cai.page.goto(session);
	await cai.page.getByLabel('Title', { exact: true }).fill('Adopt the agenda');
	await cai.page.getByRole('button', { name: 'Put to the vote' }).click();
	for (const who of [ana, ben, cai]) await vote(who.page, session, 'Adopt the agenda');
	const motionId = await ana.page.locator('input[name="motion"]').first().getAttribute('value');
	await refused(ben.page, `${session}?/closeMotion`, { motion: motionId! }, 403);
	await refused(ben.page, `${session}?/openItem`, {}, 403);
	await ana.page.goto(session);
	await ana.page.getByRole('button', { name: 'Close the vote' }).click();
	await expect(ana.page.getByTestId('current-item')).toContainText('No item is open.');
	await ana.page.getByRole('button', { name: 'Open the next item' }).click();
	await expect(ana.page.getByTestId('current-item')).toContainText('Amendments to the charter');

	// The speaker queue: twice is refused, out of turn is refused, a point of order jumps the queue.
	await ben.page.goto(session);
	await ben.page.getByRole('button', { name: 'Ask to speak' }).click();
	await expect(ben.page.getByTestId('queue')).toContainText(ben.person.displayName);
	await refused(ben.page, `${session}?/join`, { kind: 'speech' }, 409);
	await cai.page.goto(session);
	await cai.page.getByRole('button', { name: 'Ask to speak' }).click();
	await cai.page.getByRole('button', { name: 'Take the floor' }).click();
	await expect(cai.page.getByText('It is not your turn to speak.')).toBeVisible();
	await ben.page.goto(session);
	await ben.page.getByRole('button', { name: 'Take the floor' }).click();
	await expect(ben.page.getByTestId('speaking')).toContainText(ben.person.displayName);
	await ana.page.goto(session);
	await ana.page.getByRole('button', { name: 'Point of order' }).click();
	await expect(ana.page.getByTestId('queue').locator('li').first()).toContainText('point of order');
	await ana.page.getByRole('button', { name: 'Next speaker' }).click();
	await expect(ana.page.getByTestId('speaking')).toContainText(ana.person.displayName);
	await expectAccessible(ana.page);

	// The amendment is put to the vote and taken into the charter.
	await cai.page.goto(session);
	await cai.page.getByLabel('Motion', { exact: true }).selectOption('amendment');
	await cai.page.getByLabel('Title', { exact: true }).fill('Meet weekly');
	await cai.page.getByLabel('Founding document', { exact: true }).selectOption(doc!);
	await cai.page.getByLabel('Amendment number (for an amendment)').fill(amendment);
	await cai.page.getByRole('button', { name: 'Put to the vote' }).click();
	for (const who of [ana, ben, cai]) await vote(who.page, session, 'Meet weekly');
	await ana.page.goto(session);
	await ana.page
		.getByTestId('motion')
		.filter({ hasText: 'Meet weekly' })
		.getByRole('button', { name: 'Close the vote' })
		.click();
	await expect(ana.page.getByTestId('motion').filter({ hasText: 'Meet weekly' })).toContainText(
		'carried'
	);
	await ana.page.getByRole('button', { name: 'Close this item' }).click();

	// Ben chairs the next item; ratifying before the vote reaches the threshold is refused.
	await ben.page.goto(session);
	await expect(ben.page.getByTestId('chair')).toContainText(ben.person.displayName);
	await ben.page.getByRole('button', { name: 'Open the next item' }).click();
	await refused(ben.page, `${session}?/ratify`, { document: doc! }, 409);
	await ana.page.goto(session);
	await ana.page.getByLabel('Motion', { exact: true }).selectOption('ratification');
	await ana.page.getByLabel('Title', { exact: true }).fill('Ratify the charter');
	await ana.page.getByLabel('Founding document', { exact: true }).selectOption(doc!);
	await ana.page.getByRole('button', { name: 'Put to the vote' }).click();
	for (const who of [ana, ben, cai]) await vote(who.page, session, 'Ratify the charter');
	await ben.page.goto(session);
	const ratification = ben.page.getByTestId('motion').filter({ hasText: 'Ratify the charter' });
	await ratification.getByRole('button', { name: 'Close the vote' }).click();
	await ben.page.getByRole('button', { name: 'Declare the document ratified' }).click();
	await ben.page.goto(documentPath);
	await expect(ben.page.getByTestId('document-status')).toHaveText('Ratified');
	await expect(ben.page.getByTestId('document-text')).toContainText('We meet weekly.');

	// Ben closes his item; the rotation comes back to Ana, who closes the session and publishes the minutes.
	await ben.page.goto(session);
	await ben.page.getByRole('button', { name: 'Close this item' }).click();
	await expect(ben.page.getByRole('button', { name: 'Close the session' })).toHaveCount(0);
	await ana.page.goto(session);
	await ana.page.getByRole('button', { name: 'Close the session' }).click();
	await ana.page.getByRole('button', { name: 'Publish the minutes' }).click();
	await expect(ana.page.getByRole('link', { name: 'Minutes' })).toBeVisible();
	await cai.page.goto(`${conventionPath}/minutes`);
	const minutes = cai.page.getByTestId('minutes');
	await expect(minutes).toContainText('The agenda was adopted.');
	await expect(minutes).toContainText(`${ana.person.displayName} raised a point of order.`);
	await expect(minutes).toContainText(`Charter ${stamp} was ratified`);
	await expectAccessible(cai.page);
});
