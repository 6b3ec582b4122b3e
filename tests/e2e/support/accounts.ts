import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { expect, type Browser, type Page } from '@playwright/test';
import { E2E } from './env';
import { expectAccessible, markWithoutJavaScript } from './axe';
import { linkIn, waitForMail } from './mail';

export type Person = {
	email: string;
	password: string;
	displayName: string;
	handle: string;
	country: string;
	city: string;
};

let counter = 0;
/** A new person for each journey, so journeys never depend on each other. */
export function newPerson(
	prefix: string,
	{ passwordAloneLogsIn = true }: { passwordAloneLogsIn?: boolean } = {}
): Person {
	const id = `${Date.now().toString(36)}${(counter++).toString(36)}`;
	const person = {
		email: `${prefix}.${id}@example.net`,
		password: 'correct horse battery staple',
		displayName: `Nadia ${prefix} Haddad`,
		handle: `${prefix}_${id}`.slice(0, 30),
		country: 'TN',
		city: 'Sfax'
	};
	// Only people another journey can log in as from a browser of its own: not those whose journey
	// makes the log-in wait (throttling) or ask for a second factor.
	if (passwordAloneLogsIn) appendFileSync(E2E.peopleFile, JSON.stringify(person) + '\n');
	return person;
}

/**
 * Everyone the journeys so far made on this worker's app. A journey that meets members it did not
 * make (a jury drawn at random from all active members) logs in as them through this list.
 */
export function peopleMadeSoFar(): Person[] {
	if (!existsSync(E2E.peopleFile)) return [];
	return readFileSync(E2E.peopleFile, 'utf8')
		.split('\n')
		.filter(Boolean)
		.map((line) => JSON.parse(line) as Person);
}

/** Page object for /join. */
export async function signUp(page: Page, person: Person) {
	await page.goto('/join');
	await expectAccessible(page);
	await page.getByLabel('E-mail address').fill(person.email);
	await page.getByLabel('Password').fill(person.password);
	await page.getByLabel('Name', { exact: true }).fill(person.displayName);
	await page.getByLabel('User name').fill(person.handle);
	await page.getByLabel('Country').selectOption(person.country);
	await page.getByLabel('City or town').fill(person.city);
	await page.getByLabel('Languages you speak').selectOption(['ar', 'fr']);
	await page.getByRole('button', { name: 'Create my account' }).click();
	await expect(page).toHaveURL(/\/join\/check-email$/);
	await expect(page.getByRole('heading', { name: 'Check your e-mail' })).toBeVisible();
	await expectAccessible(page);
}

/** Open the verification link that arrived over SMTP and confirm; returns the link. */
export async function verifyFromMail(page: Page, email: string) {
	const mail = await waitForMail(email, /Confirm your e-mail address/);
	const link = linkIn(mail.text, '/verify?token=');
	await page.goto(link);
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Confirm my address' }).click();
	await expect(page).toHaveURL(/\/login\?verified=1$/);
	await expect(page.getByText('Your address is confirmed')).toBeVisible();
	// The address just confirmed need not be typed again.
	await expect(page.getByLabel('E-mail address')).toHaveValue(email);
	return link;
}

/** Page object for /login. */
export async function logIn(page: Page, email: string, password: string) {
	if (!page.url().includes('/login')) await page.goto('/login');
	await expectAccessible(page);
	await page.getByLabel('E-mail address').fill(email);
	await page.getByLabel('Password').fill(password);
	// Waits for the answer: the page may still show the last attempt's message, which says
	// nothing about this one.
	await Promise.all([
		page.waitForResponse(
			(r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/login'
		),
		page.getByRole('button', { name: 'Log in' }).click()
	]);
}

export async function logOut(page: Page) {
	await page.getByRole('button', { name: 'Log out', exact: true }).click();
	await expect(
		page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Log in' })
	).toBeVisible();
}

/** A new member, signed up, confirmed and logged in, in a browser of their own. */
export async function newMemberInBrowser(
	browser: Browser,
	javaScriptEnabled: boolean,
	prefix: string
) {
	const context = await browser.newContext({ javaScriptEnabled });
	const page = await context.newPage();
	if (!javaScriptEnabled) markWithoutJavaScript(page);
	const person = newPerson(prefix);
	await signUp(page, person);
	await verifyFromMail(page, person.email);
	await logIn(page, person.email, person.password);
	await expect(page).not.toHaveURL(/\/login/);
	return { context, page, person, close: () => context.close() };
}
