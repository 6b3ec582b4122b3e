/**
 * One member must not slow everyone: each amendment's diff is computed once, not on every view,
 * and texts are capped so even that once is bounded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { amendments, decisions } from '$lib/server/db/schema';
import { MAX_TEXT_LENGTH } from '$lib/domain/decisions/text-diff';
import { proposeAmendment } from './amendments';
import { createDecision, reviseDecision, submitDecision } from './commands';
import { amendmentsPage } from './decision-page';
import { decisionVersionsPage } from './versions';
import { draft, openWorld, type World } from './test-world';

let w: World;
let db: Db;

beforeAll(async () => {
	w = await openWorld();
	db = w.db;
});
afterAll(() => w.conn.close());

const rows = async (table: typeof decisions | typeof amendments) =>
	(await db.select({ n: count() }).from(table))[0].n;
const longText = (n: number) => 'word '.repeat(Math.ceil(n / 5)).slice(0, n);

describe('amendment diffs', () => {
	it('are computed once: every later view of the page reads the same diff', async () => {
		const [ana, ben] = w.people;
		const id = await createDecision(db, ana, draft());
		await submitDecision(db, ana, id);
		await proposeAmendment(db, ben, id, {
			body: 'We build a participatory society.\nWe share all work fairly.\nWe decide together.',
			reason: 'All of it.'
		});
		const first = await amendmentsPage(db, null, id);
		const second = await amendmentsPage(db, ana, id);
		expect(first.amendments[0].stats).toEqual({ added: 1, removed: 0 });
		expect(second.amendments[0].diff).toBe(first.amendments[0].diff);

		await reviseDecision(db, ana, id, { title: 'Adopt the Mission', body: 'We decide together.' });
		const v1 = await decisionVersionsPage(db, null, id, 1, 2);
		const v2 = await decisionVersionsPage(db, ana, id, 1, 2);
		expect(v2.diff).toBe(v1.diff);
	});
});

describe('text length', () => {
	it('caps a decision’s text and an amendment with a translated error, writing nothing', async () => {
		const [ana, ben] = w.people;
		const before = await rows(decisions);
		await expect(
			createDecision(db, ana, draft({ body: longText(MAX_TEXT_LENGTH + 1) }))
		).rejects.toMatchObject({ status: 400, fields: { body: 'decision_error_text_long' } });
		expect(await rows(decisions)).toBe(before);

		const id = await createDecision(db, ana, draft({ body: longText(MAX_TEXT_LENGTH) }));
		await submitDecision(db, ana, id);
		await expect(
			reviseDecision(db, ana, id, { title: 'Longer', body: longText(MAX_TEXT_LENGTH + 1) })
		).rejects.toMatchObject({ fields: { body: 'decision_error_text_long' } });
		const amendmentsBefore = await rows(amendments);
		await expect(
			proposeAmendment(db, ben, id, { body: longText(99_000), reason: 'Much more.' })
		).rejects.toMatchObject({ status: 400, fields: { body: 'decision_error_text_long' } });
		expect(await rows(amendments)).toBe(amendmentsBefore);
	});
});
