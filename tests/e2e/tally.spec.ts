import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Response } from '@playwright/test';
import { count, writeBlt } from '../../src/lib/domain/tally/index';
import { expectAccessible } from './support/axe';
import { expect, test } from './support/fixtures';

// A real count: West Dunbartonshire Council, Dumbarton ward, 4 May 2017 (Scottish STV, 4 seats),
// from the published ballot data, written as the BLT file a member would download.
const dumbarton = JSON.parse(
	readFileSync(join(process.cwd(), 'fixtures/vote-cases/stv-scottish-dumbarton-2017.json'), 'utf8')
);
const blt = writeBlt({ ...dumbarton, title: 'Dumbarton 2017' });
// Debian Project Leader 2020, in Plenary's case JSON (it names its method: schulze).
const debianJson = readFileSync(
	join(process.cwd(), 'fixtures/vote-cases/schulze-debian-dpl2020.json'),
	'utf8'
);
const debian = JSON.parse(debianJson);
const report = count('stv-scottish', dumbarton, { seats: 4 });

const text = {
	en: {
		file: 'Ballot file',
		method: 'Counting method',
		scottish: 'Scottish STV',
		count: 'Count',
		result: 'Result',
		download: 'Download the full report (JSON)',
		notBlt: 'This is not a BLT ballot file we can read.',
		formError: 'The ballots could not be counted. Please check the marked fields.'
	},
	ar: {
		file: 'ملفّ أوراق الاقتراع',
		method: 'طريقة الفرز',
		scottish: 'الصوت الواحد المتحوّل الاسكتلندي',
		count: 'افرز',
		result: 'النتيجة',
		download: 'نزّل التقرير الكامل (JSON)',
		notBlt: 'هذا ليس ملفّ أوراق اقتراع BLT نستطيع قراءته.',
		formError: 'تعذّر فرز أوراق الاقتراع. يُرجى مراجعة الحقول المعلَّمة.'
	}
};

/** The status the action answered with: HTTP without JavaScript, the JSON's with it. */
async function actionStatus(response: Response): Promise<number> {
	if ((response.headers()['content-type'] ?? '').includes('application/json'))
		return (await response.json()).status;
	return response.status();
}

async function submit(page: Page, t: (typeof text)['en']) {
	const posted = page.waitForResponse(
		(r) => new URL(r.url()).pathname === '/tally' && r.request().method() === 'POST'
	);
	await page.getByRole('button', { name: t.count, exact: true }).click();
	return posted;
}

for (const javaScriptEnabled of [true, false]) {
	for (const lang of ['en', 'ar'] as const) {
		test.describe(`${lang}, ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
			test.use({ javaScriptEnabled, locale: lang === 'ar' ? 'ar' : 'en-GB' });
			const t = text[lang];

			test('count a real BLT file by Scottish STV and check every figure', async ({ page }) => {
				await page.goto('/tally');
				await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
				await expectAccessible(page);

				await page.getByLabel(t.file, { exact: true }).setInputFiles({
					name: 'dumbarton-2017.blt',
					mimeType: 'text/plain',
					buffer: Buffer.from(blt)
				});
				await page.getByLabel(t.method).selectOption('stv-scottish');
				const response = await submit(page, t);
				expect(await actionStatus(response)).toBe(200);

				await expect(page.getByRole('heading', { name: t.result, level: 2 })).toBeVisible();
				const winners = page.getByTestId('result-winners');
				for (const w of dumbarton.expected.winners) await expect(winners).toContainText(w);
				await expect(page.getByTestId('result-quota')).toHaveText('1313.00000');
				await expect(page.getByTestId('result-ballots')).toHaveText('6562');
				// Every cell of the stage table is the count's own figure.
				for (const stage of report.rounds)
					for (const [candidate, votes] of Object.entries(stage.votes))
						await expect(
							page.getByTestId(`votes-${stage.stage}-${candidate}`).locator('.v')
						).toHaveText(votes);
				// As on the council's result sheet: McLaren 1254.05 at stage 5.
				await expect(page.getByTestId('votes-5-Iain_MCLAREN_SNP').locator('.v')).toHaveText(
					/^1254\.05/
				);
				await expect(page.getByRole('img').first()).toHaveAttribute('aria-label', /.+/);

				const href = await page.getByRole('link', { name: t.download }).getAttribute('href');
				expect(href).toMatch(/^data:application\/json/);
				const downloaded = JSON.parse(decodeURIComponent(href!.slice(href!.indexOf(',') + 1)));
				expect(downloaded.winners).toEqual(report.winners);
				expect(downloaded.rounds).toEqual(report.rounds);
				await expectAccessible(page);
			});

			test('a file that is not a ballot file is refused with a translated 400', async ({
				page
			}) => {
				await page.goto('/tally');
				await page.getByLabel(t.file, { exact: true }).setInputFiles({
					name: 'notes.txt',
					mimeType: 'text/plain',
					buffer: Buffer.from('These are my meeting notes, not ballots.\n')
				});
				const response = await submit(page, t);
				expect(await actionStatus(response)).toBe(400);
				await expect(page.getByRole('alert')).toContainText(t.formError);
				await expect(page.getByText(t.notBlt)).toBeVisible();
				await expect(page.getByRole('heading', { name: t.result })).toHaveCount(0);
				await expectAccessible(page);
			});
		});
	}

	test.describe(`limits, ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
		test.use({ javaScriptEnabled });

		test('a file over the size limit is refused with a translated 413', async ({ page }) => {
			await page.goto('/tally');
			// Larger than the body limit of this server (adapter-node's 512K here; 10M under npm start).
			const huge = `${'# padding\n'.repeat(60_000)}${blt}`;
			await page.getByLabel('Ballot file', { exact: true }).setInputFiles({
				name: 'huge.blt',
				mimeType: 'text/plain',
				buffer: Buffer.from(huge)
			});
			const response = await submit(page, text.en);
			expect(await actionStatus(response)).toBe(413);
			await expect(page.getByText('This file is too large: at most 8 MB.')).toBeVisible();
			await expectAccessible(page);
		});

		test('pasted JSON, a method that needs one winner, and the footer link', async ({ page }) => {
			await page.goto('/');
			await page.getByRole('link', { name: 'Count it yourself' }).click();
			await expect(page).toHaveURL(/\/tally$/);
			await page.getByLabel('Or paste the ballot file').fill(debianJson);
			await page.getByLabel('Seats').fill('2');
			const refused = await submit(page, text.en);
			expect(await actionStatus(refused)).toBe(400);
			await expect(
				page.getByText('This method elects one winner: use STV for several seats.')
			).toBeVisible();
			await expectAccessible(page);

			await page.getByLabel('Seats').fill('');
			const counted = await submit(page, text.en);
			expect(await actionStatus(counted)).toBe(200);
			const schulze = count('schulze', debian);
			expect(schulze.winners).toEqual(['Jonathan Carter']);
			await expect(page.getByTestId('result-winners')).toHaveText('Jonathan Carter');
			const [a, b] = debian.candidates;
			await expect(page.getByTestId(`pairwise-${a}-${b}`)).toHaveText(
				String(schulze.pairwise[a][b])
			);
			await expectAccessible(page);
		});
	});
}
