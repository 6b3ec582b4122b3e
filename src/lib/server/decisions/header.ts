/**
 * The decision's header sections: the text and its rules, its authors, its scope and affected
 * groups, its options and the decisions it is linked to. Each is one small query; pages and the
 * API run the ones they need side by side.
 */
import { asc, eq, sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { decisionAuthors, decisionGroups, decisions, members } from '$lib/server/db/schema';
import type { Locale } from '$lib/server/i18n';
import { renderMarkdown } from '$lib/server/writing/markdown';
import { resultsHiddenUntilClose } from '$lib/domain/decisions/presentation';
import type { DecisionContext } from './context';
import { named, personFor, type Named, type Viewer } from './reading';
import { refOf, scopeLabels, type ScopeLabel } from './scope-names';
import { countOptions } from './tally';

/** The decision itself as its page shows it (the text rendered, the rules read). */
export function decisionHeader(ctx: DecisionContext, scope: ScopeLabel | null) {
	const d = ctx.decision;
	return {
		id: d.id,
		title: d.title,
		slug: d.slug,
		summary: d.summary,
		body: d.body,
		html: renderMarkdown(d.body),
		language: d.language,
		phase: d.phase,
		stage: d.stage,
		ballotType: d.ballotType,
		method: d.method,
		weighting: d.weighting,
		secret: d.secret,
		unlinkable: d.unlinkable,
		// What readers are shown: a secret ballot hides its results until the close, whatever it says.
		hideResultsUntilClose: resultsHiddenUntilClose(d),
		amendmentsOpen: d.amendmentsOpen,
		version: d.version,
		discussionEndsAt: d.discussionEndsAt,
		amendmentsEndAt: d.amendmentsEndAt,
		votingEndsAt: d.votingEndsAt,
		closedAt: d.closedAt,
		outcome: d.outcome,
		outcomeStatement: d.outcomeStatement,
		outcomeHtml: d.outcomeStatement ? renderMarkdown(d.outcomeStatement) : null,
		createdAt: d.createdAt,
		settings: ctx.settings,
		electorate: { cutoff: d.electorateCutoff, minDays: d.electorateMinDays },
		scope
	};
}

export type DecisionHeader = ReturnType<typeof decisionHeader>;

/** Authors and co-authors, in the order they joined. */
export async function decisionAuthorList(
	db: Queryable,
	viewer: Viewer,
	decisionId: number
): Promise<Named[]> {
	const rows = await db
		.select(personFor(viewer))
		.from(decisionAuthors)
		.innerJoin(members, eq(members.id, decisionAuthors.memberId))
		.where(eq(decisionAuthors.decisionId, decisionId))
		.orderBy(asc(decisionAuthors.addedAt));
	return rows.map((a) => named(a));
}

/** The scope and the groups named as affected, with their names and links. */
export async function scopeAndGroups(
	db: Queryable,
	viewer: Viewer,
	locale: Locale,
	ctx: DecisionContext
) {
	const d = ctx.decision;
	const groups = await db
		.select({ kind: decisionGroups.groupKind, id: decisionGroups.groupId })
		.from(decisionGroups)
		.where(eq(decisionGroups.decisionId, d.id));
	const labels = await scopeLabels(db, viewer, locale, [
		{ kind: d.scopeKind, id: d.scopeId },
		...groups
	]);
	return {
		scope: labels.get(refOf(d.scopeKind, d.scopeId)) ?? null,
		groups: groups.map((g) => labels.get(refOf(g.kind, g.id))).filter((g) => !!g)
	};
}

/** The options of a choice, in ballot order. */
export async function decisionOptionList(db: Queryable, decisionId: number) {
	const options = await countOptions(db, decisionId);
	return options.map((o) => ({ id: o.id, label: o.label, name: o.name }));
}

export type DecisionOption = Awaited<ReturnType<typeof decisionOptionList>>[number];

/** Decisions this one revisits or follows, and those that revisit or follow it (never drafts). */
export async function relatedDecisions(db: Queryable, ctx: DecisionContext) {
	const d = ctx.decision;
	return db
		.select({
			id: decisions.id,
			title: decisions.title,
			slug: decisions.slug,
			phase: decisions.phase,
			stage: decisions.stage,
			revisitOfId: decisions.revisitOfId,
			followsId: decisions.followsId
		})
		.from(decisions)
		.where(
			sql`${decisions.phase} <> 'draft' and (${decisions}.id in (${d.revisitOfId ?? 0}, ${d.followsId ?? 0}) or ${decisions.revisitOfId} = ${d.id} or ${decisions.followsId} = ${d.id})`
		);
}
