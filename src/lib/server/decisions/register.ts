/** The decision register and a member's own drafts. */
import { and, desc, eq, lt, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { decisionAuthors, decisions } from '$lib/server/db/schema';
import type { Locale } from '$lib/server/i18n';
import { parseInput } from '$lib/server/validation';
import { registerFilter } from '$lib/schemas/decisions';
import { SCOPE_KINDS } from '$lib/domain/decisions/types';
import type { Viewer } from './reading';
import { refOf, scopeLabels } from './scope-names';

export const REGISTER_PAGE = 25;

/** In the register: every decision but drafts. The site search finds decisions by the same rule. */
export const inRegister = sql`${decisions.phase} <> 'draft'`;

/** A draft the viewer authors: listed apart on the register's page (ownDrafts), found by search. */
export const ownDraft = (viewer: NonNullable<Viewer>) =>
	sql`(${decisions.phase} = 'draft' and exists (select 1 from ${decisionAuthors} da where da.decision_id = ${decisions.id} and da.member_id = ${viewer.id}))`;

/** The decision register: every decision that is not a draft, newest first, searchable and filtered. */
export async function decisionRegister(
	db: Queryable,
	viewer: Viewer,
	locale: Locale,
	raw: unknown
) {
	const f = parseInput(registerFilter, raw);
	const where: SQL[] = [inRegister];
	if (f.phase) where.push(eq(decisions.phase, f.phase));
	if (f.outcome) where.push(eq(decisions.outcome, f.outcome));
	if (f.scope) {
		const [kind, id] = f.scope.split(':');
		const known = SCOPE_KINDS.find((k) => k === kind);
		// A scope kind the register does not know matches nothing.
		where.push(known ? eq(decisions.scopeKind, known) : sql`false`);
		if (id) where.push(eq(decisions.scopeId, Number(id)));
	}
	if (f.q) where.push(sql`${decisions.search} @@ websearch_to_tsquery('simple', ${f.q})`);
	if (f.before) where.push(lt(decisions.id, f.before));
	const rows = await db
		.select({
			id: decisions.id,
			title: decisions.title,
			slug: decisions.slug,
			summary: decisions.summary,
			phase: decisions.phase,
			outcome: decisions.outcome,
			ballotType: decisions.ballotType,
			method: decisions.method,
			secret: decisions.secret,
			scopeKind: decisions.scopeKind,
			scopeId: decisions.scopeId,
			stage: decisions.stage,
			votingEndsAt: decisions.votingEndsAt,
			discussionEndsAt: decisions.discussionEndsAt,
			amendmentsEndAt: decisions.amendmentsEndAt,
			closedAt: decisions.closedAt,
			revisitOfId: decisions.revisitOfId,
			reports: sql<number>`(select count(*)::int from minority_reports r where r.decision_id = ${decisions}.id)`
		})
		.from(decisions)
		.where(and(...where))
		.orderBy(desc(decisions.id))
		.limit(REGISTER_PAGE + 1);
	const labels = await scopeLabels(
		db,
		viewer,
		locale,
		rows.map((r) => ({ kind: r.scopeKind, id: r.scopeId }))
	);
	const page = rows.slice(0, REGISTER_PAGE);
	return {
		filter: f,
		decisions: page.map((r) => ({
			...r,
			scope: labels.get(refOf(r.scopeKind, r.scopeId)) ?? null
		})),
		next: rows.length > REGISTER_PAGE ? page.at(-1)!.id : null
	};
}

/** The actor's own drafts (a draft is not in the register until submitted). */
export async function ownDrafts(db: Queryable, viewer: NonNullable<Viewer>) {
	return db
		.select({
			id: decisions.id,
			title: decisions.title,
			slug: decisions.slug,
			updatedAt: decisions.updatedAt
		})
		.from(decisions)
		.where(ownDraft(viewer))
		.orderBy(desc(decisions.id))
		.limit(50);
}
