import { eq, sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { chapters, committees, projects } from '$lib/server/db/schema';
import { Invalid } from '$lib/server/errors';
import { smallestScope, type AffectedGroup } from '$lib/domain/decisions/scope';
import { isEligible } from './eligibility';

export type ScopeRef = { scopeKind: string; scopeId: number | null };

/** `chapter:12` → { scopeKind: 'chapter', scopeId: 12 }; `organisation` → no id. */
export function parseScopeRef(ref: string): ScopeRef {
	if (ref === 'organisation') return { scopeKind: 'organisation', scopeId: null };
	const [kind, id] = ref.split(':');
	return { scopeKind: kind, scopeId: Number(id) };
}

export function scopeRefString(scope: ScopeRef): string {
	return scope.scopeId === null ? 'organisation' : `${scope.scopeKind}:${scope.scopeId}`;
}

/** Check a scope exists (the root chapter stands for the organisation, so it is not a chapter scope). */
export async function checkScope(db: Queryable, scope: ScopeRef): Promise<void> {
	if (scope.scopeKind === 'organisation') return;
	const id = scope.scopeId ?? 0;
	let found = false;
	if (scope.scopeKind === 'chapter') {
		const [c] = await db
			.select({ parentId: chapters.parentId })
			.from(chapters)
			.where(eq(chapters.id, id));
		found = !!c && c.parentId !== null;
	} else if (scope.scopeKind === 'committee') {
		const [c] = await db
			.select({ id: committees.id })
			.from(committees)
			.where(eq(committees.id, id));
		found = !!c;
	} else if (scope.scopeKind === 'project') {
		const [p] = await db.select({ id: projects.id }).from(projects).where(eq(projects.id, id));
		found = !!p;
	}
	if (!found) throw new Invalid('error_form', { scope: 'decision_error_unknown_scope' });
}

/** The chapter chain from the root down to each named group, for the smallest-scope rule. */
export async function affectedGroups(db: Queryable, refs: string[]): Promise<AffectedGroup[]> {
	const out: AffectedGroup[] = [];
	for (const ref of refs) {
		const { scopeKind, scopeId } = parseScopeRef(ref);
		const id = scopeId ?? 0;
		if (scopeKind === 'chapter') {
			const chain = await ancestors(db, id);
			if (!chain.length)
				throw new Invalid('error_form', { affected: 'decision_error_unknown_scope' });
			out.push({ kind: 'chapter', id, ancestors: chain });
		} else {
			const [p] = await db
				.select({ chapterId: projects.chapterId })
				.from(projects)
				.where(eq(projects.id, id));
			if (!p) throw new Invalid('error_form', { affected: 'decision_error_unknown_scope' });
			const chapterId = p.chapterId;
			out.push({
				kind: 'project',
				id,
				chapterId,
				ancestors: chapterId === null ? [] : await ancestors(db, chapterId)
			});
		}
	}
	return out;
}

async function ancestors(db: Queryable, chapterId: number): Promise<number[]> {
	const r = await db.execute<{ id: number }>(sql`
		with recursive up(id, parent_id, depth) as (
			select id, parent_id, 0 from chapters where id = ${chapterId}
			union all
			select c.id, c.parent_id, up.depth + 1 from chapters c join up on c.id = up.parent_id where up.depth < 10)
		select id from up order by depth desc`);
	return r.rows.map((row) => Number(row.id));
}

/** The smallest scope containing every affected group, as a `kind:id` reference. */
export async function suggestScope(db: Queryable, refs: string[]): Promise<string> {
	const s = smallestScope(await affectedGroups(db, refs));
	return s.kind === 'organisation' ? 'organisation' : `${s.kind}:${s.id}`;
}

/**
 * Does the member belong to the scope, so that they may author a decision there? Everyone belongs
 * to the organisation; a chapter, project or committee takes its eligible members (policy.ts's
 * `inScope` asks the same of a loaded decision).
 */
export async function belongsTo(
	db: Queryable,
	scope: ScopeRef,
	memberId: number
): Promise<boolean> {
	return scope.scopeKind === 'organisation' || isEligible(db, scope, memberId);
}
