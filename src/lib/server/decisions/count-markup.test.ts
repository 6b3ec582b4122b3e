/**
 * The count rendered on the server only: every closed demo decision's count comes as markup that
 * carries its own styles, holds nothing of Svelte's hydration (which would break the page around
 * it), and escapes the labels members wrote. The same of the decision page's other parts rendered
 * on the server only (page-markup.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createDemoDatabase } from '$lib/server/db/testing';
import type { Connection } from '$lib/server/db/client';
import { electionPage } from '$lib/server/elections/queries';
import { serverMarkup } from '$lib/server/server-markup';
import ElectionResult from '$lib/components/elections/ElectionResult.svelte';
import { decisionPage } from './decision-page';
import { countMarkup } from './count-markup';
import { decisionMarkup } from './page-markup';

let conn: Connection;
let closed: { id: number; method: string }[];
beforeAll(async () => {
	conn = await createDemoDatabase();
	closed = (
		await conn.db.execute<{ id: number; method: string }>(
			sql`select id::int, method from decisions where phase = 'closed' order by id`
		)
	).rows;
}, 300_000);
afterAll(async () => {
	await conn?.close();
});

/** Markup that can stand inside another page: its styles with it, no comment of Svelte's. */
function expectStandalone(html: string, what: string) {
	expect(html, what).not.toContain('<!--');
	for (const [, hash] of html.matchAll(/class="[^"]*\b(svelte-[a-z0-9]+)/g))
		expect(html, what).toContain(`<style id="${hash}">`);
}

const markupOf = async (id: number) => countMarkup(await decisionPage(conn.db, null, 'en', id));

describe('a decision count rendered on the server', () => {
	it('renders every closed decision, each method, with its styles and without hydration markers', async () => {
		expect(new Set(closed.map((d) => d.method)).size).toBeGreaterThan(2);
		for (const { id } of closed) {
			const { leadHtml, detailsHtml } = await markupOf(id);
			expect(detailsHtml, `decision ${id}`).toContain('id="how-counted"');
			for (const html of [leadHtml, detailsHtml].filter((h) => h !== null))
				expectStandalone(html, `decision ${id}`);
			if (leadHtml) expect(leadHtml).toContain('data-testid="verdict"');
		}
	});

	it('escapes the option labels it shows', async () => {
		// A label as a member could have written it, in the options and in the stored count.
		const evil = '<img src=x onerror=alert(1)>';
		for (const { id, method } of closed.filter(
			(d) => !['threshold', 'consent'].includes(d.method)
		)) {
			const page = await decisionPage(conn.db, null, 'en', id);
			const label = page.options[0].label;
			const swap = <T>(value: T): T =>
				JSON.parse(JSON.stringify(value).replaceAll(JSON.stringify(label).slice(1, -1), evil));
			const { leadHtml, detailsHtml } = countMarkup({
				...page,
				options: swap(page.options),
				results: swap(page.results)
			});
			const all = `${leadHtml}${detailsHtml}`;
			expect(all, method).not.toContain('<img src=x');
			expect(all, method).toContain('&lt;img src=x onerror=alert(1)');
		}
	});

	it('while voting, shows a count only where the decision shows it live', async () => {
		const voting = (
			await conn.db.execute<{ id: number }>(
				sql`select id::int from decisions where phase = 'voting' order by id`
			)
		).rows;
		expect(voting.length).toBeGreaterThan(0);
		for (const { id } of voting) {
			const page = await decisionPage(conn.db, null, 'en', id);
			const { leadHtml, detailsHtml } = countMarkup(page);
			expect(leadHtml === null, `decision ${id}`).toBe(page.results === null);
			expect(detailsHtml === null, `decision ${id}`).toBe(page.results === null);
		}
	});

	it('renders a counted election the same way', async () => {
		const counted = (
			await conn.db.execute<{ id: number }>(
				sql`select id::int from elections where result is not null order by id`
			)
		).rows;
		expect(counted.length).toBeGreaterThan(0);
		for (const { id } of counted) {
			const { result, labels } = await electionPage(conn.db, null, 'en', id);
			const html = serverMarkup(ElectionResult, { result: result!, labels, id });
			expectStandalone(html, `election ${id}`);
			expect(html).toContain('data-testid="election-results"');
		}
	});
});

describe("a decision page's parts that never change, rendered on the server", () => {
	it('renders every published demo decision with its styles and without hydration markers', async () => {
		const published = (
			await conn.db.execute<{ id: number }>(
				sql`select id::int from decisions where phase <> 'draft' order by id`
			)
		).rows;
		expect(published.length).toBeGreaterThan(closed.length);
		let withOpenBallots = 0;
		for (const { id } of published) {
			const page = await decisionPage(conn.db, null, 'en', id);
			const parts = decisionMarkup(page, 'en', 'Europe/Madrid');
			for (const html of Object.values(parts).filter((h) => h !== null))
				expectStandalone(html, `decision ${id}`);
			expect(parts.headerHtml).toContain('<h1');
			expect(parts.rulesHtml).toContain('id="rules-heading"');
			expect(parts.timelineHtml).toContain('class="timeline');
			expect(parts.openBallotsHtml === null, `decision ${id}`).toBe(!page.openBallots.first.length);
			if (parts.openBallotsHtml) withOpenBallots++;
		}
		expect(withOpenBallots).toBeGreaterThan(0);
	});

	it('escapes what members wrote', async () => {
		const evil = '<img src=x onerror=alert(1)>';
		const page = await decisionPage(conn.db, null, 'en', closed[0].id);
		const options = page.options.map((o) => ({ ...o, label: evil }));
		const parts = decisionMarkup(
			{ ...page, decision: { ...page.decision, title: evil, summary: evil }, options },
			'en',
			undefined
		);
		for (const html of [parts.headerHtml, parts.rulesHtml]) {
			expect(html).not.toContain('<img src=x');
			expect(html).toContain('&lt;img src=x onerror=alert(1)');
		}
	});
});
