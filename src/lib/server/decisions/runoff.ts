/**
 * The compromise run-off, the model organisation's own procedure, as a decision template: a poll
 * on positions; when it closes, a run-off opens as a draft for the same authors to write the
 * compromise text, and its vote is between that compromise and the most popular position.
 */
import { eq } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import {
	decisionAuthors,
	decisionOptions,
	decisions,
	decisionVersions,
	type Decision
} from '$lib/server/db/schema';
import { appendEvent } from '$lib/server/events/append';
import { isLocale, translate } from '$lib/server/i18n';
import { storedResult } from './results';
import { weightingFor } from '$lib/domain/decisions/weights';

export async function openRunoff(tx: Queryable, positions: Decision, now: Date) {
	const result = storedResult(positions);
	const winner = result?.options.find((o) => o.id === result.winner);
	if (!winner) return;
	const locale = isLocale(positions.language) ? positions.language : 'en';
	const [row] = await tx
		.insert(decisions)
		.values({
			title: positions.title,
			slug: positions.slug,
			summary: positions.summary,
			body: positions.body,
			language: positions.language,
			authorId: positions.authorId,
			scopeKind: positions.scopeKind,
			scopeId: positions.scopeId,
			ballotType: 'choice',
			method: 'schulze',
			weighting: weightingFor(positions.secret, positions.weighting),
			secret: positions.secret,
			unlinkable: positions.unlinkable,
			hideResultsUntilClose: positions.hideResultsUntilClose,
			settings: positions.settings,
			stage: 'runoff',
			followsId: positions.id,
			phaseChangedAt: now,
			// The same people decide the run-off as the poll it follows.
			electorateCutoff: positions.electorateCutoff,
			electorateMinDays: positions.electorateMinDays
		})
		.returning({ id: decisions.id });
	await tx.insert(decisionOptions).values([
		{ decisionId: row.id, position: 1, label: translate('decision_runoff_compromise', {}, locale) },
		{ decisionId: row.id, position: 2, label: winner.label }
	]);
	await tx.insert(decisionVersions).values({
		decisionId: row.id,
		version: 1,
		title: positions.title,
		body: positions.body,
		editorId: positions.authorId
	});
	const authors = await tx
		.select({ memberId: decisionAuthors.memberId })
		.from(decisionAuthors)
		.where(eq(decisionAuthors.decisionId, positions.id));
	if (authors.length)
		await tx
			.insert(decisionAuthors)
			.values(authors.map((a) => ({ decisionId: row.id, memberId: a.memberId })));
	await appendEvent(tx, {
		type: 'decision.runoff-opened',
		actorId: null,
		subjectType: 'decision',
		subjectId: row.id,
		data: { follows: positions.id }
	});
	return row.id;
}
