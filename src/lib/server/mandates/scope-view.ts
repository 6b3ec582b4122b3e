/**
 * The mandates of one scope, for whoever may see that scope as its own page shows it: the
 * organisation's and a chapter's to anyone, a committee's unless it chose to be seen only by its
 * members, a project's to those its visibility lets see it. A scope the caller may not see is not
 * found, exactly like one that does not exist.
 */
import { and, eq, isNotNull } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { chapters, committees } from '$lib/server/db/schema';
import { NotFound } from '$lib/server/errors';
import type { Actor, ScopeRef } from '$lib/domain/members/actor';
import { committeeStanding } from '$lib/server/committees/queries';
import { loadProject } from '$lib/server/projects/context';
import type { Locale } from '$lib/server/i18n';
import { refOf, scopeLabels } from '$lib/server/decisions/scope-names';
import { scopeMandates } from './queries';

export async function mandatesOfScope(
	db: Queryable,
	viewer: Actor | null,
	locale: Locale,
	scope: ScopeRef,
	role?: string
) {
	await seeScope(db, viewer, scope);
	const id = scope.kind === 'organisation' ? null : scope.id;
	const [labels, held] = await Promise.all([
		scopeLabels(db, viewer, locale, [{ kind: scope.kind, id }]),
		scopeMandates(db, viewer, scope, role)
	]);
	return { scope: labels.get(refOf(scope.kind, id))!, ...held };
}

async function seeScope(db: Queryable, viewer: Actor | null, scope: ScopeRef): Promise<void> {
	switch (scope.kind) {
		case 'organisation':
			return;
		case 'chapter': {
			// The root chapter stands for the organisation: its mandates are the organisation's.
			const [chapter] = await db
				.select({ id: chapters.id })
				.from(chapters)
				.where(and(eq(chapters.id, scope.id), isNotNull(chapters.parentId)));
			if (!chapter) throw new NotFound('error_chapter_not_found');
			return;
		}
		case 'committee': {
			const [committee] = await db
				.select({ id: committees.id, public: committees.public })
				.from(committees)
				.where(eq(committees.id, scope.id));
			if (!committee || !(await committeeStanding(db, viewer, committee)).visible)
				throw new NotFound('committee_error_not_found');
			return;
		}
		case 'project':
			await loadProject(db, viewer, scope.id);
	}
}
