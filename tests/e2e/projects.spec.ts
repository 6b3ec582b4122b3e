import type { Browser, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { expectAccessible, markWithoutJavaScript } from './support/axe';
import { logIn, newPerson, signUp, verifyFromMail } from './support/accounts';

async function logInAsDemo(page: Page) {
	await page.goto('/login');
	await logIn(page, 'demo@example.org', 'plenary-demo-2012');
	await expect(page.getByText(/Welcome back/)).toBeVisible();
}

/** A second member, signed up and logged in in a context of their own. */
async function secondMember(browser: Browser, javaScriptEnabled: boolean, tag: string) {
	const context = await browser.newContext({ javaScriptEnabled, locale: 'en-GB' });
	const page = await context.newPage();
	if (!javaScriptEnabled) markWithoutJavaScript(page);
	const person = newPerson(`pj${tag}`);
	await signUp(page, person);
	await verifyFromMail(page, person.email);
	await logIn(page, person.email, person.password);
	await expect(page.getByText(`Welcome back, ${person.displayName}.`)).toBeVisible();
	return { page, person, close: () => context.close() };
}

async function visit(page: Page, url: string, javaScriptEnabled: boolean) {
	await page.goto(url);
	if (javaScriptEnabled) await page.waitForLoadState('networkidle');
}

/** Log effort on the task page the browser is on. */
async function logEffort(page: Page, time: string, intensity: string) {
	await page.getByLabel('Time spent').fill(time);
	await page.getByLabel('Intensity').selectOption(intensity);
	await page.getByRole('button', { name: 'Log effort' }).click();
}

const suggestion = (page: Page) => page.getByTestId('suggestion');

for (const javaScriptEnabled of [true, false]) {
	test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
		test.use({ javaScriptEnabled });
		const tag = javaScriptEnabled ? 'js' : 'nojs';

		test('propose, join, rate, log effort: the balance and the suggestion change', async ({
			page,
			browser
		}) => {
			test.setTimeout(240_000);
			const unique = Date.now().toString(36);
			const title = `Neighbourhood pantry ${tag} ${unique}`;
			const taskTitle = `Sweep the hall ${tag} ${unique}`;
			const skill = `sweeping-${tag}-${unique}`;

			// Demo proposes a project.
			await logInAsDemo(page);
			await visit(page, '/projects', javaScriptEnabled);
			await expectAccessible(page);
			await page.getByRole('link', { name: 'Propose a project' }).click();
			await expectAccessible(page);
			await page.getByLabel('Title').fill(title);
			await page.getByLabel('Goals').fill('Share **food** with neighbours every Friday.');
			await page.getByLabel('Help it needs').fill('People to sort and sweep.');
			await page.getByRole('button', { name: 'Propose the project' }).click();
			await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
			await expect(page.getByText('You coordinate this project.')).toBeVisible();
			await expectAccessible(page);
			const projectUrl = new URL(page.url()).pathname;
			expect(projectUrl).toMatch(/^\/projects\/\d+-neighbourhood-pantry-/);

			// An update is a post that links back to its project.
			if (javaScriptEnabled) await page.waitForLoadState('networkidle');
			await page.getByRole('link', { name: 'Write an update' }).click();
			await expectAccessible(page);
			await page.getByLabel('Title').fill(`We open on Friday ${tag}`);
			await page.getByLabel('Text', { exact: true }).fill('Bring bags.');
			await page.getByRole('button', { name: 'Publish the update' }).click();
			await expect(page.getByText('Update on the project')).toBeVisible();
			await page.getByRole('link', { name: title }).click();
			await expect(page.getByRole('link', { name: `We open on Friday ${tag}` })).toBeVisible();

			// An onerous task, rated by the demo member.
			if (javaScriptEnabled) await page.waitForLoadState('networkidle');
			await page.getByRole('link', { name: 'Add a task' }).click();
			await expectAccessible(page);
			await page.getByLabel('Title').fill(taskTitle);
			await page.getByLabel('Estimate').fill('30');
			await page.getByLabel('Skills').fill(skill);
			await page.getByRole('button', { name: 'Add the task' }).click();
			await expect(page.getByRole('heading', { level: 1, name: taskTitle })).toBeVisible();
			await expectAccessible(page);
			const taskUrl = new URL(page.url()).pathname;
			if (javaScriptEnabled) await page.waitForLoadState('networkidle');
			await page.getByLabel('How empowering is it?').selectOption('1');
			await page.getByLabel('How onerous is it?').selectOption('5');
			await page.getByRole('button', { name: 'Rate', exact: true }).click();
			await expect(page.getByText('Your rating is saved.')).toBeVisible();
			await expect(page.getByTestId('median-onerousness')).toHaveText('5');
			await expectAccessible(page);

			await visit(page, projectUrl, javaScriptEnabled);
			await expect(suggestion(page).getByRole('link', { name: taskTitle })).toBeVisible();
			await expect(suggestion(page).locator('a[href="/@demo"]')).toBeVisible();

			// Another member finds it among the small tasks, cannot claim it before joining, joins.
			const other = await secondMember(browser, javaScriptEnabled, tag);
			const p2 = other.page;
			await visit(p2, `/tasks?skill=${skill}&remote=1`, javaScriptEnabled);
			await expectAccessible(p2);
			await expect(p2.getByRole('link', { name: taskTitle })).toBeVisible();
			const origin = new URL(p2.url()).origin;
			const claim = await p2.request.post(`${taskUrl}?/claim`, {
				form: {},
				headers: { origin, accept: 'text/html' }
			});
			expect(claim.status()).toBe(403);
			await visit(p2, projectUrl, javaScriptEnabled);
			await p2.getByRole('button', { name: 'Join the project' }).click();
			await expect(p2.getByText('You have joined the project.')).toBeVisible();
			await expectAccessible(p2);

			// The second member rates too; absurd effort is refused and changes nothing.
			await visit(p2, taskUrl, javaScriptEnabled);
			await p2.getByLabel('How empowering is it?').selectOption('2');
			await p2.getByLabel('How onerous is it?').selectOption('5');
			await p2.getByRole('button', { name: 'Rate', exact: true }).click();
			await expect(p2.getByText('Ratings: 2')).toBeVisible();
			await logEffort(p2, '-30', '3');
			await expect(p2.getByText('Give a time between 1 minute and 16 hours')).toBeVisible();
			await expectAccessible(p2);
			await expect(p2.getByText('No effort logged yet.')).toBeVisible();

			// Demo does an hour of the onerous work: now the newcomer is the one to suggest.
			await visit(page, taskUrl, javaScriptEnabled);
			await logEffort(page, '1:00', '3');
			await expect(page.getByText('Your effort is logged.')).toBeVisible();
			await visit(page, projectUrl, javaScriptEnabled);
			await expect(page.getByTestId('balance-level')).toContainText('Lopsided.');
			await expect(suggestion(page).locator(`a[href="/@${other.person.handle}"]`)).toBeVisible();
			await expectAccessible(page);

			// The newcomer does two hours: the balance evens out and the suggestion moves back.
			await visit(p2, taskUrl, javaScriptEnabled);
			await logEffort(p2, '2h', '4');
			await expect(p2.getByText('Your effort is logged.')).toBeVisible();
			await expectAccessible(p2);
			await visit(page, projectUrl, javaScriptEnabled);
			await expect(page.getByTestId('balance-level')).toContainText('Balanced.');
			await expect(suggestion(page).locator('a[href="/@demo"]')).toBeVisible();
			await expect(page.getByRole('table')).toContainText(other.person.displayName);

			// Effort given shows on the newcomer's profile.
			await visit(p2, `/@${other.person.handle}`, javaScriptEnabled);
			await expect(p2.getByTestId('effort-summary')).toContainText('tasks done: 0');
			await expectAccessible(p2);
			await other.close();
		});
	});
}

test('visitors see public projects; bad links and forged forms get 4xx answers', async ({
	page,
	request
}) => {
	await page.goto('/projects');
	await expectAccessible(page);
	await page.locator('ol.projects a').first().click();
	await expect(page.getByRole('heading', { name: 'Balance of work' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Log in to join this project' })).toBeVisible();
	await expectAccessible(page);
	await page.goto('/tasks');
	await expectAccessible(page);
	// A finished task is set apart without losing contrast: find a project that has one.
	const projectLinks = await page.request.get('/api/v1/projects');
	let sawDone = false;
	for (const p of (await projectLinks.json()).projects.slice(0, 20)) {
		await page.goto(p.url);
		if ((await page.locator('li.task.done').count()) === 0) continue;
		await expectAccessible(page);
		sawDone = true;
		break;
	}
	expect(sawDone).toBe(true);

	expect((await request.get('/projects/999999999-nothing')).status()).toBe(404);
	expect((await request.get('/projects/not-a-project')).status()).toBe(404);
	expect((await request.get('/projects/1/tasks/999999999')).status()).toBe(404);
	expect((await request.get('/api/v1/projects/999999999')).status()).toBe(404);
	const badStatus = await request.get('/api/v1/projects?status=nonsense');
	expect(badStatus.status()).toBe(400);
	expect((await badStatus.json()).errors?.status).toBeTruthy();
	expect((await request.get('/tasks?max=99999&skill=%27%3B')).status()).toBe(200);
	const list = await (await request.get('/api/v1/projects')).json();
	expect(list.projects.length).toBeGreaterThan(0);
	const one = await request.get(`/api/v1/projects/${list.projects[0].id}`);
	expect(one.status()).toBe(200);
	expect((await one.json()).balance).toHaveProperty('onerousGini');

	await logInAsDemo(page);
	const origin = new URL(page.url()).origin;
	const post = (path: string, form: Record<string, string>) =>
		page.request.post(path, { form, headers: { origin, accept: 'text/html' } });
	const mine = (await (await page.request.get('/api/v1/projects')).json()).projects[0];
	expect((await post(`${mine.url}?/status`, { status: 'flying' })).status()).toBe(400);
	expect((await post('/projects/999999999?/join', {})).status()).toBe(404);
});

test.describe('in Arabic', () => {
	test.use({ locale: 'ar' });

	test('projects and small tasks lay out right-to-left', async ({ page }) => {
		for (const path of ['/projects', '/tasks']) {
			await page.goto(path);
			await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
			await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
			await expectAccessible(page);
		}
		await page.goto('/projects');
		await page.locator('ol.projects a').first().click();
		await expect(page.getByRole('heading', { name: 'توازن العمل' })).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expectAccessible(page);
	});
});
