import sharp from 'sharp';
import { expect, test } from './support/fixtures';
import { expectAccessible } from './support/axe';
import { logIn, logOut, newPerson, signUp, verifyFromMail } from './support/accounts';

for (const javaScriptEnabled of [true, false]) {
	test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
		test.use({ javaScriptEnabled });

		test('sign up, verify over SMTP, log in, edit the profile, log out', async ({ page }) => {
			const person = newPerson(javaScriptEnabled ? 'js' : 'nojs');
			await page.goto('/');
			await expectAccessible(page);
			await signUp(page, person);

			// Not verified yet: the password is right but the door stays shut, with a way forward.
			await logIn(page, person.email, person.password);
			await expect(page.getByText('Please confirm your e-mail address first')).toBeVisible();

			const link = await verifyFromMail(page, person.email);
			// The link is single-use.
			const again = await page.goto(link);
			expect(again?.status()).toBe(410);
			await expectAccessible(page);

			await logIn(page, person.email, person.password);
			await expect(page.getByText(`Welcome back, ${person.displayName}.`)).toBeVisible();

			await page.goto('/settings');
			await expectAccessible(page);
			await page.getByLabel('City or town').fill('Tunis');
			await page
				.getByLabel('A few words about you')
				.fill('Housing organiser. I want to help start a chapter.');
			await page.getByRole('button', { name: 'Save' }).click();
			await expect(page.getByText('Saved.')).toBeVisible();

			await page.goto(`/@${person.handle}`);
			await expectAccessible(page);
			await expect(page.getByRole('heading', { name: person.displayName })).toBeVisible();
			await expect(
				page.getByText('Housing organiser. I want to help start a chapter.')
			).toBeVisible();
			await expect(page.getByText('Tunis, ')).toBeVisible();

			await page.goto('/settings/account');
			await expectAccessible(page);
			await logOut(page);
			const settings = await page.goto('/settings');
			await expect(page).toHaveURL(/\/login\?next=%2Fsettings$/);
			expect(settings?.ok()).toBe(true);

			// "Log in" from any page comes back to that page, its query included.
			await page.goto('/chapters?q=a');
			await page
				.getByRole('navigation', { name: 'Main' })
				.getByRole('link', { name: 'Log in' })
				.click();
			// Wait for the form, or logIn would open /login afresh, without the way back.
			await expect(page).toHaveURL(/\/login\?next=%2Fchapters%3Fq%3Da$/);
			await logIn(page, person.email, person.password);
			await expect(page).toHaveURL(/\/chapters\?q=a$/);
		});

		test('bad sign-up input is refused with messages next to the fields', async ({ page }) => {
			await page.goto('/join');
			await page.getByLabel('E-mail address').fill('not-an-address');
			await page.getByLabel('Password').fill('short');
			await page.getByLabel('Name', { exact: true }).fill('Someone');
			await page.getByLabel('User name').fill('demo');
			await page.getByRole('button', { name: 'Create my account' }).click();
			await expect(page.getByText('This does not look like an e-mail address.')).toBeVisible();
			await expect(page.getByText('Use at least 10 characters.')).toBeVisible();
			await expect(page.getByText('Choose a country from the list.')).toBeVisible();
			await expect(page.getByLabel('E-mail address')).toHaveAttribute('aria-invalid', 'true');
			await expectAccessible(page);
		});

		test('the language switcher changes the language of the site', async ({ page }) => {
			await page.goto('/login');
			// With JavaScript the choice submits itself once the page has hydrated; before that (and
			// without JavaScript) the Change button does it.
			if (javaScriptEnabled) await page.waitForLoadState('networkidle');
			await page.getByLabel('Language').selectOption('es');
			if (!javaScriptEnabled) await page.getByRole('button', { name: 'Change' }).click();
			await expect(page.locator('html')).toHaveAttribute('lang', 'es');
			await expect(page.getByRole('heading', { name: 'Iniciar sesión' })).toBeVisible();
			await expectAccessible(page);
		});

		test('the sessions page signs out one session, or every other one', async ({
			page,
			browser
		}) => {
			const person = newPerson(javaScriptEnabled ? 'sjs' : 'snojs');
			await signUp(page, person);
			await verifyFromMail(page, person.email);
			await logIn(page, person.email, person.password);
			const elsewhere = async () => {
				// Another device: with JavaScript, whatever this journey's pages run.
				const context = await browser.newContext({ locale: 'en-GB', javaScriptEnabled: true });
				const other = await context.newPage();
				await logIn(other, person.email, person.password);
				await expect(other.getByText(/Welcome back/)).toBeVisible();
				return { other, context };
			};
			const stillIn = async (other: typeof page) => {
				await other.goto('/settings');
				return !other.url().includes('/login');
			};
			const phone = await elsewhere();

			await page.goto('/settings/sessions');
			await expectAccessible(page);
			const rows = page.getByRole('row').filter({ has: page.getByRole('button') });
			await expect(rows).toHaveCount(2);
			const mine = rows.filter({ hasText: 'this browser' });
			await expect(mine.getByRole('cell').nth(1)).toHaveText('Now');
			await rows
				.filter({ hasNotText: 'this browser' })
				.getByRole('button', { name: 'Sign out of this session' })
				.click();
			await expect(page.getByText('That session is signed out.')).toBeVisible();
			await expectAccessible(page);
			expect(await stillIn(phone.other)).toBe(false);

			const laptop = await elsewhere();
			await page.goto('/settings/sessions');
			await page.getByRole('button', { name: 'Sign out everywhere else' }).click();
			await expect(page.getByText('You are now signed out everywhere else.')).toBeVisible();
			expect(await stillIn(laptop.other)).toBe(false);
			expect(await stillIn(page)).toBe(true);
			await phone.context.close();
			await laptop.context.close();
		});
	});
}

test('wrong passwords from another browser never keep the owner out', async ({ page, browser }) => {
	const person = newPerson('owner', { passwordAloneLogsIn: false });
	await signUp(page, person);
	await verifyFromMail(page, person.email);
	await logIn(page, person.email, person.password);
	await expect(page.getByText(/Welcome back/)).toBeVisible();
	await logOut(page);

	// Someone else, from the same network, guesses until they are made to wait.
	const context = await browser.newContext({ locale: 'en-GB' });
	const guesser = await context.newPage();
	for (let i = 0; i < 5; i++) {
		await logIn(guesser, person.email, `guess number ${i}`);
		await expect(
			guesser.getByText('The e-mail address or the password is not right.')
		).toBeVisible();
	}
	await logIn(guesser, person.email, person.password);
	await expect(guesser.getByText('Too many attempts.', { exact: false })).toBeVisible();
	await expectAccessible(guesser);
	await context.close();

	// The owner's browser, which has logged in before, still gets in.
	await logIn(page, person.email, person.password);
	await expect(page.getByText(/Welcome back/)).toBeVisible();
});

test("a deleted account's photo is deleted: its address answers 404", async ({ page, request }) => {
	const person = newPerson('photo');
	await signUp(page, person);
	await verifyFromMail(page, person.email);
	await logIn(page, person.email, person.password);
	// The log-in must land before the next page is asked for, or its request is abandoned.
	await expect(page.getByText(/Welcome/)).toBeVisible();
	await page.goto('/images');
	const face = await sharp({ create: { width: 300, height: 300, channels: 3, background: '#36c' } })
		.png()
		.toBuffer();
	await page.getByLabel('Photo', { exact: true }).setInputFiles({
		name: 'me.png',
		mimeType: 'image/png',
		buffer: face
	});
	await page.getByRole('button', { name: 'Upload the photo' }).click();
	await expect(page.getByText('Your profile photo has been changed.')).toBeVisible();
	await page.goto(`/@${person.handle}`);
	const url = await page.locator('img[src^="/media/"]').first().getAttribute('src');
	expect((await request.get(url!)).status()).toBe(200);

	await page.goto('/settings/account');
	await page.getByLabel(`Type your user name (${person.handle}) to confirm`).fill(person.handle);
	await page.locator('#field-delete-currentPassword').fill(person.password);
	await page.getByRole('button', { name: 'Delete my account for good' }).click();
	await expect(page).toHaveURL(/\/\?deleted=1$/);
	expect((await request.get(url!)).status()).toBe(404);
	expect((await request.get(`${url!.split('?')[0]}?size=small`)).status()).toBe(404);
});

for (const content of ['keep', 'remove'] as const) {
	test(`deleting an account, the member's writing ${content === 'keep' ? 'stays, signed "Former member"' : 'goes'}`, async ({
		page,
		request
	}) => {
		const person = newPerson(`leave${content}`);
		await signUp(page, person);
		await verifyFromMail(page, person.email);
		await logIn(page, person.email, person.password);
		await expect(page.getByText(/Welcome/)).toBeVisible();
		const title = `Parting thoughts ${person.handle}`;
		await page.goto('/blog/new');
		await page.getByLabel('Title').fill(title);
		await page.getByLabel('Text', { exact: true }).fill('What I learned organising.');
		await page.getByRole('button', { name: 'Publish' }).click();
		await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
		const postUrl = page.url();

		await page.goto('/settings/account');
		await expectAccessible(page);
		await page.getByLabel(`Type your user name (${person.handle}) to confirm`).fill(person.handle);
		await page.locator('#field-delete-currentPassword').fill(person.password);
		await page
			.getByLabel(content === 'keep' ? 'Keep it, signed "Former member"' : 'Remove it')
			.check();
		await page.getByRole('button', { name: 'Delete my account for good' }).click();
		await expect(page).toHaveURL(/\/\?deleted=1$/);
		if (content === 'keep') {
			await page.goto(postUrl);
			await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
			await expect(page.locator('.byline')).toContainText('Former member');
			await expect(page.locator('a[href^="/@deleted_"]')).toHaveCount(0);
		} else {
			expect((await request.get(postUrl)).status()).toBe(404);
		}
	});
}

test('what someone types before the JavaScript arrives survives hydration', async ({ page }) => {
	// Hold the app's scripts back, as a slow connection would, while the person starts typing.
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/join', { waitUntil: 'domcontentloaded' });
	await page.getByLabel('E-mail address').fill('early.bird@example.net');
	await page.getByLabel('User name').fill('early_bird');
	release();
	// Every script has arrived and run, so the page has hydrated.
	await page.waitForLoadState('networkidle');
	await expect(page.getByLabel('E-mail address')).toHaveValue('early.bird@example.net');
	await expect(page.getByLabel('User name')).toHaveValue('early_bird');

	// A box ticked before the JavaScript arrives stays ticked too.
	let releaseTasks!: () => void;
	const tasksHeld = new Promise<void>((resolve) => (releaseTasks = resolve));
	await page.unrouteAll();
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await tasksHeld;
		await route.continue();
	});
	await page.goto('/tasks', { waitUntil: 'domcontentloaded' });
	await page.locator('input#remote').check();
	releaseTasks();
	await page.waitForLoadState('networkidle');
	await expect(page.locator('input#remote')).toBeChecked();
});

test('the printed demo login works', async ({ page }) => {
	await logIn(page, 'demo@example.org', 'plenary-demo-2012');
	await expect(page.getByText(/Welcome back/)).toBeVisible();
	await page.goto('/@demo');
	await expectAccessible(page);
});

test('a wrong password and an unknown address get the same answer', async ({ page }) => {
	await logIn(page, 'demo@example.org', 'not the password at all');
	const wrong = await page.getByRole('alert').textContent();
	await logIn(page, 'nobody-here@example.org', 'not the password at all');
	expect(await page.getByRole('alert').textContent()).toBe(wrong);
});

test.describe('in Arabic', () => {
	test.use({ locale: 'ar' });

	test('the shell and account pages lay out right-to-left', async ({ page }) => {
		await page.setViewportSize({ width: 1200, height: 800 });
		for (const path of ['/', '/join', '/login', '/reset']) {
			await page.goto(path);
			await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
			await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
			await expectAccessible(page);
		}
		await page.goto('/');
		// The brand sits at the right-hand start of the header, the navigation after it to the left.
		const brand = await page.locator('.brand').boundingBox();
		const nav = await page.getByRole('navigation').first().boundingBox();
		expect(brand && nav && brand.x > nav.x).toBe(true);
		expect(brand!.x + brand!.width).toBeGreaterThan(1200 / 2);
	});

	test('on a phone-sized screen nothing overflows sideways', async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		for (const path of ['/', '/join']) {
			await page.goto(path);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
		}
	});
});
