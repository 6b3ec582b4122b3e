import { and, inArray } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { projects } from '$lib/server/db/schema';
import { Invalid } from '$lib/server/errors';
import type { Actor } from '$lib/domain/members/actor';
import { visibleProjects } from '$lib/server/projects/queries';
import { parseScopeRef } from './scopes';

/**
 * A proposal names as affected only projects its author may see (the projects area's rule): a
 * hidden project does not exist for them, here as on the form, which does not offer it.
 */
export async function checkAffected(db: Queryable, actor: Actor, refs: string[]): Promise<void> {
	const ids = [
		...new Set(refs.filter((r) => r.startsWith('project:')).map((r) => parseScopeRef(r).scopeId!))
	];
	if (!ids.length) return;
	const seen = await db
		.select({ id: projects.id })
		.from(projects)
		.where(and(inArray(projects.id, ids), visibleProjects(actor)));
	if (seen.length < ids.length)
		throw new Invalid('error_form', { affected: 'decision_error_unknown_scope' });
}
