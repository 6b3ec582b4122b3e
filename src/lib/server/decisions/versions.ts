/** The versions of a decision's text, and a word diff between any two. */
import { asc, eq } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { decisionVersions, members } from '$lib/server/db/schema';
import { NotFound } from '$lib/server/errors';
import { loadDecision } from './context';
import { readableDiff } from './diff-cache';
import { named, personFor, type Viewer } from './reading';

/** The versions of the text and a word diff between two of them (`from` → `to`). */
export async function decisionVersionsPage(
	db: Queryable,
	viewer: Viewer,
	id: number,
	from?: number,
	to?: number
) {
	const ctx = await loadDecision(db, viewer, id);
	const versions = await db
		.select({
			version: decisionVersions.version,
			title: decisionVersions.title,
			body: decisionVersions.body,
			note: decisionVersions.note,
			amendmentId: decisionVersions.amendmentId,
			createdAt: decisionVersions.createdAt,
			editor: personFor(viewer)
		})
		.from(decisionVersions)
		.innerJoin(members, eq(members.id, decisionVersions.editorId))
		.where(eq(decisionVersions.decisionId, id))
		.orderBy(asc(decisionVersions.version));
	const last = versions.at(-1)?.version ?? 1;
	const b = versions.find((v) => v.version === (to ?? last)) ?? versions.at(-1);
	const a =
		versions.find((v) => v.version === (from ?? Math.max(1, (b?.version ?? 1) - 1))) ?? versions[0];
	if (!a || !b) throw new NotFound('decision_error_not_found');
	return {
		decision: { id, title: ctx.decision.title, slug: ctx.decision.slug, phase: ctx.decision.phase },
		versions: versions.map((v) => ({
			version: v.version,
			note: v.note,
			amendmentId: v.amendmentId,
			createdAt: v.createdAt,
			editor: named(v.editor),
			title: v.title
		})),
		from: a.version,
		to: b.version,
		titleDiff: readableDiff(a.title, b.title).diff,
		diff: readableDiff(a.body, b.body).diff
	};
}
