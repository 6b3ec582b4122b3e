import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { expectAccessible } from './support/axe';
import { logIn } from './support/accounts';

/** The demo's long thread: 25 top-level comments a page, 500 and more in all. */
const THREAD = 'What should the founding convention decide first?';
const PHONE = { width: 390, height: 844 };

async function openThread(page: Page) {
	await page.goto('/forums/general');
	await page.getByRole('link', { name: THREAD }).click();
	await expect(page.locator('li.comment').first()).toBeVisible();
}

async function logInAsDemo(page: Page) {
	await page.goto('/login');
	await logIn(page, 'demo@example.org', 'plenary-demo-2012');
	await expect(page.getByText(/Welcome back/)).toBeVisible();
}

/** A comment someone may answer (not deleted, not hidden). */
const answerable = (page: Page, n: number) =>
	page
		.locator('li.comment')
		.filter({ has: page.getByRole('link', { name: 'Reply', exact: true }) })
		.nth(n);

test.describe('with JavaScript', () => {
	test('read with the keyboard, reply in place, keep a draft, and find the box empty after posting', async ({
		page
	}) => {
		await logInAsDemo(page);
		await openThread(page);
		// The shortcuts' button comes with the script: the page has hydrated.
		await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeVisible();
		await expect(page.getByText(/^Comments 1–\d+ of 5\d\d$/)).toBeVisible();
		await expect(page.getByRole('link', { name: 'Jump to newest' })).toBeVisible();
		await expectAccessible(page);

		// j and k move between comments; ? lists the keys.
		const articles = page.locator('li.comment > article');
		await page.keyboard.press('j');
		await expect(articles.nth(0)).toBeFocused();
		await page.keyboard.press('j');
		await expect(articles.nth(1)).toBeFocused();
		await page.keyboard.press('k');
		await expect(articles.nth(0)).toBeFocused();
		await page.keyboard.press('?');
		const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
		await expect(help.getByText('Next comment')).toBeVisible();
		await help.getByRole('button', { name: 'Close' }).click();
		await expect(help).toBeHidden();

		// r opens a reply under the chosen comment; keys typed there are words, not shortcuts.
		const target = answerable(page, 1);
		await target.locator('article').focus();
		await page.keyboard.press('r');
		const box = target.getByLabel('Your reply');
		await expect(box).toBeFocused();
		await page.keyboard.type('A kept draft, j and k');
		await expect(box).toHaveValue('A kept draft, j and k');
		await expect(box).toBeFocused();
		await expectAccessible(page);

		// The draft outlives a reload, until it is discarded.
		const before = await page.locator('li.comment').count();
		await page.reload();
		await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeVisible();
		await target.getByRole('link', { name: 'Reply', exact: true }).click();
		await expect(target.getByLabel('Your reply')).toHaveValue('A kept draft, j and k');
		await target.getByRole('button', { name: 'Discard draft' }).click();
		await expect(target.getByLabel('Your reply')).toHaveValue('');

		// Posting stays on the page, with every comment still shown, and empties the box.
		const words = `Answered in place ${Date.now().toString(36)}`;
		await target.getByLabel('Your reply').fill(words);
		await target.getByRole('button', { name: 'Post reply' }).click();
		await expect(page.locator('li.comment', { hasText: words }).locator('article')).toBeFocused();
		await expect(page.locator('li.comment')).toHaveCount(before + 1);
		expect(new URL(page.url()).search).toBe('');
		await target.getByRole('link', { name: 'Reply', exact: true }).click();
		await expect(target.getByLabel('Your reply')).toHaveValue('');

		// A reply to a comment of an appended page appears there, the pages above staying.
		const shown = await page.locator('li.comment').count();
		await page.getByRole('link', { name: 'Show more comments' }).click();
		await expect.poll(() => page.locator('li.comment').count()).toBeGreaterThan(shown);
		const later = page
			.locator(`li.comment:nth-child(n+${shown + 1})`)
			.filter({ has: page.getByRole('link', { name: 'Reply', exact: true }) })
			.first();
		await later.getByRole('link', { name: 'Reply', exact: true }).click();
		const again = `Answered further down ${Date.now().toString(36)}`;
		await later.getByLabel('Your reply').fill(again);
		await later.getByRole('button', { name: 'Post reply' }).click();
		await expect(page.locator('li.comment', { hasText: again }).locator('article')).toBeFocused();
		await expect(page.locator('li.comment', { hasText: words })).toBeVisible();
		expect(new URL(page.url()).search).toBe('');

		// A new comment: the box it was written in is empty afterwards.
		const comment = `A new point ${Date.now().toString(36)}`;
		await page.getByLabel('Your comment').fill(comment);
		await page.getByRole('button', { name: 'Post comment' }).click();
		await expect(page.locator('li.comment', { hasText: comment })).toBeVisible();
		await expect(page.getByLabel('Your comment')).toHaveValue('');

		// Logging out forgets the drafts: the next person at this browser finds none.
		const drafts = () =>
			page.evaluate(
				"Object.keys(localStorage).filter((k) => k.startsWith('plenary.comment-draft:')).length"
			);
		await page.getByLabel('Your comment').fill('Words not meant for the next person');
		await expect.poll(drafts).toBe(1);
		await page.getByRole('button', { name: 'Log out' }).click();
		await expect(page.getByRole('link', { name: 'Log in' }).first()).toBeVisible();
		expect(await drafts()).toBe(0);
	});
});

test.describe('without JavaScript, on a phone', () => {
	test.use({ javaScriptEnabled: false, viewport: PHONE });

	test('jump to the newest, and reply next to the comment answered', async ({ page }) => {
		await logInAsDemo(page);
		await openThread(page);
		await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toHaveCount(0);
		await expectAccessible(page);

		await page.getByRole('link', { name: 'Jump to newest' }).click();
		const newest = new URL(page.url()).hash;
		expect(newest).toMatch(/^#comment-\d+$/);
		await expect(page.locator(newest)).toBeVisible();
		await expect(page.getByText(/^Comments \d+–\d+ of 5\d\d$/)).toBeVisible();
		await expectAccessible(page);
		await page.goBack();

		const target = answerable(page, 2);
		const id = await target.getAttribute('id');
		await target.getByRole('link', { name: 'Reply', exact: true }).click();
		await expect(page).toHaveURL(/reply=\d+#reply-\d+$/);
		const here = page.locator(`#${id}`);
		await expect(here.getByRole('heading', { name: /^Reply to / })).toBeVisible();
		await expectAccessible(page);

		// A refused reply comes back in the same place.
		await here.getByRole('button', { name: 'Post reply' }).click();
		await expect(here.getByLabel('Your reply')).toHaveAttribute('aria-invalid', 'true');
		const words = `Answered without a script ${Date.now().toString(36)}`;
		await here.getByLabel('Your reply').fill(words);
		await here.getByRole('button', { name: 'Post reply' }).click();
		await expect(page.locator('li.comment', { hasText: words })).toBeVisible();
		await expect(page.locator('li.comment', { hasText: words })).toHaveAttribute(
			'style',
			/--depth: [1-9]/
		);
	});
});

for (const javaScriptEnabled of [true, false])
	test.describe(`in Arabic, on a phone, ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
		test.use({ locale: 'ar', viewport: PHONE, javaScriptEnabled });

		test('a visitor pages the thread right-to-left', async ({ page }) => {
			await openThread(page);
			await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
			await expect(page.getByText(/^التعليقات 1–\d+ من 5\d\d$/)).toBeVisible();
			if (javaScriptEnabled)
				await expect(page.getByRole('button', { name: 'اختصارات لوحة المفاتيح' })).toBeVisible();
			await expectAccessible(page);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);

			const first = await page.locator('li.comment').count();
			await page.getByRole('link', { name: 'عرض مزيد من التعليقات' }).click();
			if (javaScriptEnabled) {
				// Appended below: the first page stays, the address does not change.
				await expect.poll(() => page.locator('li.comment').count()).toBeGreaterThan(first);
				expect(new URL(page.url()).search).toBe('');
			} else {
				await expect(page).toHaveURL(/after=\d+/);
				await expect(page.getByRole('link', { name: 'العودة إلى التعليقات الأولى' })).toBeVisible();
			}
			await expectAccessible(page);
		});
	});
