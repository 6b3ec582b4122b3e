import { expect, type Page } from '@playwright/test';
import { expectAccessible } from './axe';

export type DecisionSpec = {
	title: string;
	body?: string;
	ballot: 'Yes / no / abstain' | 'Consent' | 'Choose one of several options';
	method?: string;
	options?: string[];
	secret?: boolean;
	unlinkable?: boolean;
	weighting?: 'Equal' | 'By group' | 'Declared stake';
};

/**
 * Page object for /decisions/new, with every setting shown ("All settings"): write, save the draft
 * and submit it; returns the decision id.
 */
export async function proposeDecision(page: Page, spec: DecisionSpec): Promise<number> {
	await page.goto('/decisions/new?template=all');
	await expectAccessible(page);
	await page.getByLabel('Title').fill(spec.title);
	await page.getByLabel('Summary').fill(`Summary of ${spec.title}`);
	await page
		.getByLabel('Text', { exact: true })
		.fill(spec.body ?? 'We meet every month.\nEveryone takes a turn at the minutes.');
	await page.getByRole('radio', { name: new RegExp(`^${spec.ballot}`) }).check();
	if (spec.method)
		await page.getByLabel('Counting method for options').selectOption({ label: spec.method });
	if (spec.options) await page.getByLabel('Options', { exact: true }).fill(spec.options.join('\n'));
	if (spec.weighting)
		await page.getByRole('radio', { name: new RegExp(`^${spec.weighting}`) }).check();
	if (spec.secret) await page.getByLabel('Secret ballot').check();
	if (spec.unlinkable) await page.getByRole('checkbox', { name: /^Unlinkable/ }).check();
	await page.getByLabel('Discussion (days)').fill('1');
	await page.getByLabel('Amendments (days)').fill('1');
	await page.getByRole('button', { name: 'Save draft' }).click();
	await expect(page.getByRole('heading', { name: 'This is a draft' })).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Submit for discussion' }).click();
	await expect(page.locator('.timeline [aria-current="step"]')).toContainText('Discussion');
	const id = Number(/\/decisions\/(\d+)/.exec(page.url())![1]);
	expect(id).toBeGreaterThan(0);
	return id;
}

/** End the current phase now (the test clock), as if its deadline had come, and reload. */
export async function endPhase(page: Page, id: number) {
	const response = await page.request.post(`/dev/decisions/${id}/advance`);
	expect(response.ok()).toBe(true);
	await page.goto(`/decisions/${id}`);
}

/** From discussion straight to voting: close the amendment window, then end the discussion. */
export async function openVoting(page: Page, id: number) {
	await page.getByRole('button', { name: 'Close the amendment window' }).click();
	await expect(page.getByRole('button', { name: 'Close the amendment window' })).toHaveCount(0);
	await endPhase(page, id);
	await expect(page.locator('.timeline [aria-current="step"]')).toContainText('Voting');
}

/**
 * A ranked or scored ballot keeps each option's control right beside its name: on one line, a
 * short step apart (in either reading direction), not across the width of the screen.
 */
export async function expectBesideItsName(page: Page, option: string) {
	const control = (await page.getByLabel(option, { exact: true }).boundingBox())!;
	const name = (await page.locator('label', { hasText: option }).first().boundingBox())!;
	const middle = (b: { y: number; height: number }) => b.y + b.height / 2;
	expect(Math.abs(middle(control) - middle(name))).toBeLessThan(control.height);
	const gap = Math.max(name.x - (control.x + control.width), control.x - (name.x + name.width));
	expect(gap).toBeLessThan(60);
}
