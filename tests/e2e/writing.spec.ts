import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { expect, test } from './support/fixtures';
import { expectAccessible } from './support/axe';
import { logIn, newPerson, signUp, verifyFromMail } from './support/accounts';
import { XSS_CORPUS } from '../../src/lib/server/writing/xss-corpus';
import { generateDemoPeople } from '../../src/lib/server/seed/demo-people';

async function logInAsDemo(page: Page) {
	await page.goto('/login');
	await logIn(page, 'demo@example.org', 'plenary-demo-2012');
	await expect(page.getByText(/Welcome back/)).toBeVisible();
}

async function writePost(page: Page, title: string, body: string) {
	await page.goto('/blog/new');
	await expectAccessible(page);
	await page.getByLabel('Title').fill(title);
	await page.getByLabel('Text', { exact: true }).fill(body);
	await page.getByLabel('Tags').fill('housing, tests');
	await page.getByRole('button', { name: 'Publish' }).click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

for (const javaScriptEnabled of [true, false]) {
	test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
		test.use({ javaScriptEnabled });
		const tag = javaScriptEnabled ? 'js' : 'nojs';

		test('write a post, comment, reply, quote, edit, delete and search', async ({ page }) => {
			await logInAsDemo(page);
			const title = `Tenants organising in Sfax ${tag} ${Date.now().toString(36)}`;
			await writePost(
				page,
				title,
				'We met **forty** neighbours.\n\n- [x] leaflets\n- [ ] assembly'
			);
			await expect(page.locator('.prose strong')).toHaveText('forty');
			await expectAccessible(page);

			// A comment, then a reply to it.
			await page.getByLabel('Your comment').fill(`First comment ${tag}`);
			await page.getByRole('button', { name: 'Post comment' }).click();
			const first = page.locator('li.comment', { hasText: `First comment ${tag}` });
			await expect(first).toBeVisible();
			await first.getByRole('link', { name: 'Reply' }).click();
			// The reply is written under the comment it answers.
			await expect(first.getByRole('heading', { name: /^Reply to / })).toBeVisible();
			await first.getByLabel('Your reply').fill(`A reply ${tag}`);
			await first.getByRole('button', { name: 'Post reply' }).click();
			const reply = page.locator('li.comment', { hasText: `A reply ${tag}` });
			await expect(reply).toBeVisible();
			expect(await reply.getAttribute('style')).toContain('--depth: 1');

			// Quoting fills the form with the quoted words.
			await first.getByRole('link', { name: 'Quote' }).click();
			await expect(first.getByLabel('Your reply')).toHaveValue(
				new RegExp(`> First comment ${tag}`)
			);
			await first.getByRole('button', { name: 'Post reply' }).click();
			await expect(
				page.locator('li.comment blockquote', { hasText: `First comment ${tag}` })
			).toBeVisible();

			// Editing keeps the history.
			await page
				.locator('li.comment', { hasText: `A reply ${tag}` })
				.getByRole('link', { name: 'Edit' })
				.click();
			await expect(page.getByRole('heading', { name: 'Edit your comment' })).toBeVisible();
			await expectAccessible(page);
			await page.getByLabel('Your comment').fill(`A better reply ${tag}`);
			await page.getByRole('button', { name: 'Save' }).click();
			const edited = page.locator('li.comment', { hasText: `A better reply ${tag}` });
			await expect(edited).toBeVisible();
			await edited.getByRole('link', { name: 'edited' }).click();
			await expect(page.getByText(`A reply ${tag}`)).toBeVisible();
			await expectAccessible(page);
			await page.goBack();

			// Deleting leaves a tombstone; the reply below still reads in place.
			await page
				.locator('li.comment', { hasText: `First comment ${tag}` })
				.first()
				.getByRole('button', { name: 'Delete' })
				.click();
			await expect(page.getByText('This comment was deleted by its author.')).toBeVisible();
			await expect(page.locator('li.comment', { hasText: `A better reply ${tag}` })).toBeVisible();
			await expectAccessible(page);

			// The post is found by search, with the match highlighted.
			await page.goto('/search');
			await page.getByRole('searchbox').fill('neighbour');
			await page.getByRole('button', { name: 'Search' }).click();
			await expect(page.getByRole('link', { name: title })).toBeVisible();
			await expect(page.locator('mark').first()).toBeVisible();
			await expectAccessible(page);
		});

		test('the 500-comment thread pages without JavaScript, and flagging works', async ({
			page
		}) => {
			await page.goto('/forums');
			await expectAccessible(page);
			await page.getByRole('link', { name: 'General discussion' }).click();
			await expectAccessible(page);
			await page
				.getByRole('link', { name: 'What should the founding convention decide first?' })
				.click();
			await expect(page.getByRole('heading', { name: /^Comments \(5\d\d\)$/ })).toBeVisible();
			await expectAccessible(page);
			const firstPage = await page.locator('li.comment').count();
			expect(firstPage).toBeGreaterThan(25);
			expect(firstPage).toBeLessThan(300);
			// With JavaScript, once the page has hydrated (its shortcuts' button has come).
			if (javaScriptEnabled)
				await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeVisible();
			await page.getByRole('link', { name: 'Show more comments' }).click();
			if (javaScriptEnabled) {
				// The next page comes below the first, which stays.
				await expect.poll(() => page.locator('li.comment').count()).toBeGreaterThan(firstPage);
				const shown = await page.locator('li.comment').count();
				await expect(page.getByText(`Comments 1–${shown} of 5`)).toBeVisible();
				await expect(page.getByRole('link', { name: 'Back to the first comments' })).toHaveCount(0);
			} else
				await expect(page.getByRole('link', { name: 'Back to the first comments' })).toBeVisible();
			await expectAccessible(page);

			await logInAsDemo(page);
			await page.goto('/forums/general');
			await page
				.getByRole('link', { name: 'What should the founding convention decide first?' })
				.click();
			await page
				.locator('li.comment')
				.getByRole('link', { name: 'Flag' })
				.nth(javaScriptEnabled ? 0 : 1)
				.click();
			await expectAccessible(page);
			await page.getByRole('button', { name: 'Send the flag' }).click();
			await expect(page.getByText('Choose a reason.')).toBeVisible();
			await page.getByLabel('Off topic or flooding').check();
			await page.getByRole('button', { name: 'Send the flag' }).click();
			await expect(page.getByText('The flag has been recorded for review.')).toBeVisible();
		});
	});
}

test.describe('in Arabic', () => {
	test.use({ locale: 'ar' });

	test('feeds are Atom, and the blog, forums and search lay out right-to-left in Arabic', async ({
		page,
		request
	}) => {
		const feed = await request.get('/feeds/organisation.xml');
		expect(feed.headers()['content-type']).toContain('application/atom+xml');
		expect(await feed.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
		for (const path of ['/blog', '/forums', '/search?q=فرع']) {
			await page.goto(path);
			await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
			await expectAccessible(page);
		}
		await page.setViewportSize({ width: 320, height: 640 });
		for (const path of ['/blog', '/forums/general', '/forums']) {
			await page.goto(path);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow, path).toBeLessThanOrEqual(0);
		}
	});
});

test('a visitor reads a post by a member who keeps the private defaults: first name and initial, no dead link', async ({
	page: author,
	browser
}) => {
	// The demo login (Robin Ashdown) kept every privacy choice at its private default.
	await logInAsDemo(author);
	const title = `Quiet byline ${Date.now().toString(36)}`;
	await writePost(author, title, 'Written by someone who hides their surname.');
	// A browser of its own: clearing the author's cookies races with their open page, whose live
	// stream may answer after the clearing with a refreshed session cookie.
	const page = await (await browser.newContext()).newPage();
	await page.goto(author.url());
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	const byline = page.locator('.byline').first();
	await expect(byline).toContainText('Robin A.');
	await expect(byline.locator('a[href="/@demo"]')).toHaveCount(0);
	await expect(page.getByText('Ashdown')).toHaveCount(0);
	await expectAccessible(page);
	expect((await page.request.get('/@demo')).status()).toBe(404);
	const feed = await (await page.request.get('/feeds/members/demo.xml')).text();
	expect(feed).toContain('Robin A.');
	expect(feed).not.toContain('Ashdown');
});

test('an image upload refuses a file that is not an image', async ({ page }) => {
	await logInAsDemo(page);
	await page.goto('/images');
	await expectAccessible(page);
	await page.getByLabel('Photo', { exact: true }).setInputFiles({
		name: 'photo.jpg',
		mimeType: 'image/jpeg',
		buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')
	});
	await page.getByRole('button', { name: 'Upload the photo' }).click();
	await expect(page.getByText('This file is not an image we accept.')).toBeVisible();
});

test('a photo is resized, stripped of its location, and served safely', async ({
	page,
	request
}) => {
	await logInAsDemo(page);
	await page.goto('/images');
	const photo = await sharp({
		create: { width: 1200, height: 900, channels: 3, background: '#2a6' }
	})
		.jpeg()
		.withExif({
			IFD0: { Make: 'PhoneCam' },
			IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '36/1 48/1 0/1' }
		})
		.toBuffer();
	await page.getByLabel('Image for a post').setInputFiles({
		name: 'square.jpg',
		mimeType: 'image/jpeg',
		buffer: photo
	});
	await page.getByLabel('Description').fill('A green square');
	await page.getByRole('button', { name: 'Upload the image' }).click();
	const snippet = await page.locator('.alert code').textContent();
	const url = /\((\/media\/[^)]+)\)/.exec(snippet ?? '')?.[1];
	expect(url).toBeTruthy();
	await expectAccessible(page);
	const image = await request.get(url!);
	expect(image.headers()['content-type']).toBe('image/webp');
	expect(image.headers()['x-content-type-options']).toBe('nosniff');
	expect(image.headers()['content-security-policy']).toContain("default-src 'none'");
	const meta = await sharp(await image.body()).metadata();
	expect(meta.width).toBe(960);
	expect(meta.exif).toBeUndefined();

	// The image shows in a post written with the snippet.
	await writePost(page, `A picture ${Date.now().toString(36)}`, `Look:\n\n${snippet}`);
	await expect(page.getByRole('img', { name: 'A green square' })).toBeVisible();
	await expectAccessible(page);
});

/** A small picture of one colour, as a PNG. */
const picture = (background: string) =>
	sharp({ create: { width: 300, height: 200, channels: 3, background } })
		.png()
		.toBuffer();
const MARKDOWN_IMAGE = /!\[([^\]]*)\]\((\/media\/[\w-]+)\)/g;

/** Press a form's image button from the keyboard and pick a picture in the file picker it opens. */
async function chooseWithButton(page: Page, button: string, name: string, colour: string) {
	const chooser = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: button }).press('Enter');
	await (await chooser).setFiles({ name, mimeType: 'image/png', buffer: await picture(colour) });
}

test.describe('adding an image from the writing forms', () => {
	test('with JavaScript: the button, a drop, a refusal, descriptions, then the post', async ({
		page
	}) => {
		await logInAsDemo(page);
		await page.goto('/blog/new');
		const title = `Pictures in the text ${Date.now().toString(36)}`;
		await page.getByLabel('Title').fill(title);
		const box = page.getByLabel('Text', { exact: true });
		await box.fill('Before the pictures.');
		await expect(page.getByRole('button', { name: 'Upload and add to the text' })).toHaveCount(0);

		// The button, from the keyboard, opens the file picker.
		await chooseWithButton(page, 'Add an image', 'red.png', '#c33');
		await expect(box).toHaveValue(/^Before the pictures\.\n!\[\]\(\/media\/[\w-]+\)\n$/);
		await expect(
			page.getByRole('status').filter({ hasText: 'Image added to the text.' })
		).toHaveCount(1);
		await page.getByLabel('Description').first().fill('A red square');

		// A drop onto the box, at the cursor.
		const dropped = await picture('#36c');
		const dataTransfer = await page.evaluateHandle(
			(bytes) => {
				const transfer = new DataTransfer();
				transfer.items.add(new File([new Uint8Array(bytes)], 'blue.png', { type: 'image/png' }));
				return transfer;
			},
			[...dropped]
		);
		await box.dispatchEvent('drop', { dataTransfer });
		await expect(page.locator('.previews img')).toHaveCount(2);
		await page.getByLabel('Description').nth(1).fill('A blue square');

		// A file that is not a picture: said beside the box, and the text stays.
		const before = await box.inputValue();
		await page.locator('.image-upload input[type=file]').setInputFiles({
			name: 'notes.png',
			mimeType: 'image/png',
			buffer: Buffer.from('not a picture at all')
		});
		await expect(page.locator('.image-upload .error')).toHaveText(
			'This file is not an image we accept. Use a JPEG, PNG, WebP or GIF picture.'
		);
		await expect(box).toHaveValue(before);
		// A file over the limit: refused in the browser, as the server would, without sending it.
		const uploads: string[] = [];
		page.on('request', (r) => {
			if (r.url().includes('/images?/post')) uploads.push(r.url());
		});
		await page.locator('.image-upload input[type=file]').setInputFiles({
			name: 'huge.png',
			mimeType: 'image/png',
			buffer: Buffer.alloc(8 * 1024 * 1024 + 1)
		});
		await expect(page.locator('.image-upload .error')).toHaveText(
			'This file is too large. Images can be at most 8 MB.'
		);
		await expect(box).toHaveValue(before);
		expect(uploads).toEqual([]);
		expect([...before.matchAll(MARKDOWN_IMAGE)].map((m) => m[1])).toEqual([
			'A red square',
			'A blue square'
		]);
		await expectAccessible(page);

		await page.getByRole('button', { name: 'Publish' }).click();
		await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
		await expect(page.getByRole('img', { name: 'A red square' })).toBeVisible();
		await expect(page.getByRole('img', { name: 'A blue square' })).toBeVisible();

		// The comment box takes one too (the file input itself).
		await page.getByLabel('Your comment').fill('With a picture:');
		await page.locator('form.comment-form input[type=file]').setInputFiles({
			name: 'green.png',
			mimeType: 'image/png',
			buffer: await picture('#2a6')
		});
		await expect(page.getByLabel('Your comment')).toHaveValue(/\(\/media\/[\w-]+\)/);
		await page.locator('form.comment-form').getByLabel('Description').fill('A green square');
		await page.getByRole('button', { name: 'Post comment' }).click();
		await expect(
			page.locator('li.comment').getByRole('img', { name: 'A green square' })
		).toBeVisible();
		// The box is emptied, and its preview goes with the text.
		await expect(page.getByLabel('Your comment')).toHaveValue('');
		await expect(page.locator('form.comment-form .previews img')).toHaveCount(0);
		await expectAccessible(page);
	});

	test.describe('in Arabic, on a phone', () => {
		test.use({ viewport: { width: 390, height: 844 } });

		test('the button, the preview and its description, right to left', async ({ page }) => {
			// A demo member whose account is in Arabic.
			const member = generateDemoPeople().find((p) => p.locale === 'ar')!;
			await logIn(page, member.email, 'plenary-demo-2012');
			await page.goto('/blog/new');
			await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
			await chooseWithButton(page, 'إضافة صورة', 'صورة.png', '#963');
			await expect(page.locator('.previews img')).toHaveCount(1);
			await page.locator('.previews').getByLabel('الوصف').fill('مسيرة في المدينة');
			await expect(page.locator('textarea[name="body"]')).toHaveValue(
				/^!\[مسيرة في المدينة\]\(\/media\/[\w-]+\)\n$/
			);
			await expectAccessible(page);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
		});
	});

	test.describe('without JavaScript, on a phone', () => {
		test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

		test('the upload inside the form comes back with the text, then publishes', async ({
			page
		}) => {
			await logInAsDemo(page);
			await page.goto('/blog/new');
			const title = `A picture without a script ${Date.now().toString(36)}`;
			await page.getByLabel('Title').fill(title);
			const box = page.getByLabel('Text', { exact: true });
			await box.fill('Words first.');
			const attach = page.getByRole('button', { name: 'Upload and add to the text' });

			// Refused: said on the file field; the title and the text come back as they were.
			await page.getByLabel(/^Image \(JPEG/).setInputFiles({
				name: 'notes.png',
				mimeType: 'image/png',
				buffer: Buffer.from('not a picture at all')
			});
			await attach.click();
			await expect(page.getByText('This file is not an image we accept.')).toBeVisible();
			await expect(page.getByLabel('Title')).toHaveValue(title);
			await expect(box).toHaveValue('Words first.');
			await expectAccessible(page);

			await page.getByLabel(/^Image \(JPEG/).setInputFiles({
				name: 'green.png',
				mimeType: 'image/png',
				buffer: await picture('#2a6')
			});
			await page.getByLabel('Description').fill('A green field');
			await attach.click();
			await expect(page.getByText('The image was added at the end of your text.')).toBeVisible();
			await expect(box).toHaveValue(/^Words first\.\n\n!\[A green field\]\(\/media\/[\w-]+\)\n?$/);
			await expect(page.getByLabel('Title')).toHaveValue(title);
			await expectAccessible(page);

			await page.getByRole('button', { name: 'Publish' }).click();
			await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
			await expect(page.getByRole('img', { name: 'A green field' })).toBeVisible();
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
		});
	});
});

test('a profile photo shows, and loads, on the profile and next to what the member writes', async ({
	page
}) => {
	await logInAsDemo(page);
	await page.goto('/images');
	const face = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#c63' } })
		.jpeg()
		.toBuffer();
	await page.getByLabel('Photo', { exact: true }).setInputFiles({
		name: 'me.jpg',
		mimeType: 'image/jpeg',
		buffer: face
	});
	await page.getByRole('button', { name: 'Upload the photo' }).click();
	await expect(page.getByText('Your profile photo has been changed.')).toBeVisible();
	await page.goto('/@demo');
	const avatar = page.locator('img.avatar');
	await expect(avatar).toHaveAttribute('src', /^\/media\/[\w-]+(\.\w+)?\?size=large$/);
	await expect.poll(() => avatar.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(256);
	await expectAccessible(page);
	await writePost(page, `With a face ${Date.now().toString(36)}`, 'Hello.');
	const byline = page.locator('img.avatar').first();
	await expect
		.poll(() => byline.evaluate((img: HTMLImageElement) => img.naturalWidth))
		.toBeGreaterThan(0);
});

test('the XSS corpus runs no script and opens no dialog', async ({ page }) => {
	const problems: string[] = [];
	page.on('dialog', async (dialog) => {
		problems.push(`dialog: ${dialog.message()}`);
		await dialog.dismiss();
	});
	await page.addInitScript(() => {
		const calls: unknown[] = [];
		Object.assign(window, { __xss: calls });
		window.alert = (...args: unknown[]) => void calls.push(['alert', ...args]);
		window.confirm = (...args: unknown[]) => (calls.push(['confirm', ...args]), false);
		window.prompt = (...args: unknown[]) => (calls.push(['prompt', ...args]), null);
	});

	// A member whose name tries to reverse the text around it and inject markup.
	const person = newPerson('xss');
	person.displayName = 'Eve \u202Egnp.exe <img src=x onerror=alert(1)>';
	await signUp(page, person);
	await verifyFromMail(page, person.email);
	await logIn(page, person.email, person.password);
	await expect(page.getByText(/Welcome back/)).toBeVisible();

	const body = XSS_CORPUS.join('\n\n');
	await writePost(page, 'XSS corpus <script>alert(1)</script>', body);
	await page.getByLabel('Your comment').fill(body);
	await page.getByRole('button', { name: 'Post comment' }).click();
	await expect(page.locator('li.comment')).toHaveCount(1);
	const postUrl = page.url();

	for (const url of [postUrl, '/blog', `/search?q=${encodeURIComponent('javascript alert')}`]) {
		await page.goto(url);
		// Hover and click every link the corpus produced, in case one is live.
		const found = await page.evaluate(() => {
			const bad: string[] = [];
			for (const el of document.querySelectorAll('main *')) {
				for (const attr of el.getAttributeNames())
					if (attr.startsWith('on')) bad.push(`${el.tagName} ${attr}`);
				const href = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
				if (/^\s*(javascript|vbscript|data):/i.test(href)) bad.push(`${el.tagName} ${href}`);
				if (
					['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'FORM', 'BASE'].includes(el.tagName) &&
					el.closest('.prose')
				)
					bad.push(el.tagName);
			}
			return bad;
		});
		expect(found, url).toEqual([]);
		for (const link of await page.locator('.prose a').all()) await link.hover();
		expect(
			await page.evaluate(() => (window as unknown as { __xss?: unknown[] }).__xss ?? [])
		).toEqual([]);
	}
	// The name is shown isolated, so its override cannot flip the text around it.
	await page.goto(postUrl);
	await expect(page.locator('bdi', { hasText: 'Eve' }).first()).toBeVisible();
	expect(problems).toEqual([]);
});
