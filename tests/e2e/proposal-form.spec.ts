import { expect, test } from './support/fixtures';
import { expectAccessible } from './support/axe';
import { logIn, newPerson, signUp, verifyFromMail } from './support/accounts';

const stamp = () => Date.now().toString(36);

test.describe('with JavaScript', () => {
	test('a ranked choice from its template: only its settings, groups found as one types, a 1–5 stake', async ({
		page
	}) => {
		test.setTimeout(180_000);
		await page.goto('/login');
		await logIn(page, 'demo@example.org', 'plenary-demo-2012');
		await expect(page.getByText(/Welcome back/)).toBeVisible();

		// The first step: templates, and the path to every setting.
		await page.goto('/decisions/new');
		await expect(page.getByRole('heading', { name: 'Start from a template' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'All settings' })).toBeVisible();
		await expectAccessible(page);
		await page.getByRole('link', { name: 'Rank options' }).click();
		await expect(page.getByText('Template: Rank options.')).toBeVisible();
		await expectAccessible(page);

		// Only what a ranked choice uses: no threshold, no blocks; the stake scale once it applies.
		await expect(page.getByLabel('Counting method for options')).toBeVisible();
		await expect(page.getByLabel('Threshold', { exact: true })).toHaveCount(0);
		await expect(page.getByLabel('Blocks tolerated')).toHaveCount(0);
		await expect(page.getByRole('radio', { name: /^4 a lot/ })).toHaveCount(0);
		const title = `Where we meet next spring ${stamp()}`;
		await page.getByLabel('Title').fill(title);
		await page.getByLabel('Text', { exact: true }).fill('We meet in one city next spring.');
		await page.getByLabel('Options', { exact: true }).fill('Valencia\nLima\nSfax');

		// Two cities of one name, told apart by their country; the ticked one stays when filtering.
		const filter = page.getByLabel('Find a group');
		const spain = page.getByRole('checkbox', { name: 'Valencia (Spain)' });
		const venezuela = page.getByRole('checkbox', { name: 'Valencia (Venezuela)' });
		const lima = page.getByRole('checkbox', { name: 'Lima (Peru)' });
		await expect(spain).toBeHidden();
		await filter.fill('valencia');
		await expect(spain).toBeVisible();
		await expect(venezuela).toBeVisible();
		await expect(lima).toBeHidden();
		await spain.check();
		await filter.fill('LIMA');
		await expect(lima).toBeVisible();
		await expect(venezuela).toBeHidden();
		await expect(spain).toBeVisible();
		await expect(spain).toBeChecked();
		await expect(page.getByText('Groups ticked: 1.')).toBeVisible();
		// Enter in the filter narrows; it does not send the proposal.
		await filter.press('Enter');
		await expect(page.getByLabel('Title')).toHaveValue(title);

		await page.getByRole('radio', { name: /^By group/ }).check();
		await page.getByRole('radio', { name: /^4 a lot/ }).check();
		await expectAccessible(page);
		await page.getByRole('button', { name: 'Save draft' }).click();
		await expect(page.getByRole('heading', { name: 'This is a draft' })).toBeVisible();

		// The draft opens again in its template, with what was chosen.
		await page.getByRole('link', { name: 'Edit the draft' }).click();
		await expect(page.getByText('Template: Rank options.')).toBeVisible();
		await expect(spain).toBeChecked();
		await expect(page.getByRole('radio', { name: /^4 a lot/ })).toBeChecked();
		await expect(page.getByLabel('Threshold', { exact: true })).toHaveCount(0);
		await expectAccessible(page);
		await page.getByRole('link', { name: 'All settings' }).click();
		await expect(page.getByLabel('Threshold', { exact: true })).toBeVisible();
		await expect(page.getByLabel('Title')).toHaveValue(title);

		// The server refuses what does not fit the ballot type, whatever the form showed.
		const origin = new URL(page.url()).origin;
		const create = (form: Record<string, string>) =>
			page.request.post('/decisions/new?/create', {
				form: { title, body: 'Text.', scope: 'organisation', ...form },
				headers: { origin, accept: 'text/html' }
			});
		const threshold = await create({
			ballotType: 'choice',
			options: 'A\nB',
			threshold: 'two-thirds'
		});
		expect(threshold.status()).toBe(400);
		expect(await threshold.text()).toContain('A threshold applies only to yes/no and consent');
		const stake = await create({ ballotType: 'motion', weighting: 'group', groupStake: '9' });
		expect(stake.status()).toBe(400);
		expect(await stake.text()).toContain('from 1 (a little) to 5 (most)');
	});
});

test.describe('without JavaScript, on a phone, in Arabic', () => {
	test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

	test('a yes/no proposal from its template, the groups filtered by the server', async ({
		page
	}) => {
		test.setTimeout(180_000);
		const person = newPerson('propar');
		await signUp(page, person);
		await verifyFromMail(page, person.email);
		await logIn(page, person.email, person.password);
		await expect(page).not.toHaveURL(/\/login/);
		const origin = new URL(page.url()).origin;
		const switched = await page.request.post('/language', {
			form: { locale: 'ar', redirectTo: '/decisions/new' },
			headers: { origin },
			maxRedirects: 0
		});
		expect(switched.status()).toBe(303);

		await page.goto('/decisions/new');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.getByRole('heading', { name: 'ابدأ من قالب' })).toBeVisible();
		await expectAccessible(page);
		await page.getByRole('link', { name: 'مقترح نعم/لا' }).click();
		await expect(page.getByText('القالب: مقترح نعم/لا.')).toBeVisible();
		await expectAccessible(page);
		// A yes/no vote: a threshold, no options or blocks; without JavaScript the stake scale shows.
		await expect(page.locator('[name="threshold"]')).toBeVisible();
		await expect(page.locator('[name="options"]')).toHaveCount(0);
		await expect(page.locator('[name="maxBlocks"]')).toHaveCount(0);
		await expect(page.locator('input[type="radio"][name="groupStake"]')).toHaveCount(5);

		const title = `مكان اللقاء ${stamp()}`;
		await page.getByLabel('العنوان').fill(title);
		await page.getByLabel('النص', { exact: true }).fill('نلتقي في مدينة واحدة.');
		const filter = page.getByLabel('ابحث عن مجموعة');
		const filterButton = page.getByRole('button', { name: 'تصفية' });
		const valencias = page.getByRole('checkbox', { name: /^Valencia \(/ });
		await filter.fill('valencia');
		await filterButton.click();
		await expect(valencias).toHaveCount(2);
		await expect(valencias.first()).toBeVisible();
		await expect(valencias.last()).toBeVisible();
		await expect(page.getByRole('checkbox', { name: /^Lima \(/ })).toBeHidden();
		await expect(page.getByLabel('العنوان')).toHaveValue(title);
		await valencias.first().check();
		const chosen = await valencias.first().getAttribute('value');
		await expectAccessible(page);

		await page.getByLabel('ابحث عن مجموعة').fill('lima');
		await page.getByRole('button', { name: 'تصفية' }).click();
		await expect(page.getByRole('checkbox', { name: /^Lima \(/ })).toBeVisible();
		const kept = page.locator(`input[name="affected"][value="${chosen}"]`);
		await expect(kept).toBeVisible();
		await expect(kept).toBeChecked();
		// The other Valencia is filtered out; the ticked one is the only box ticked.
		await expect(valencias).toHaveCount(1);
		await expect(page.locator('input[name="affected"]:checked')).toHaveCount(1);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);

		await page.getByRole('button', { name: 'احفظ المسودة' }).click();
		await expect(page.getByRole('heading', { name: 'هذه مسودة' })).toBeVisible();
		await expectAccessible(page);
	});
});
