import { inArray, sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { chapters, committees, projects } from '$lib/server/db/schema';
import { chapterName } from '$lib/server/chapters/names';
import { organisationName } from '$lib/server/instance/cached';
import { translate, type Locale } from '$lib/server/i18n';
import { projectUrl } from '$lib/server/projects/context';
import { visibleProjects } from '$lib/server/projects/queries';
import type { Viewer } from './reading';

export type ScopeLabel = { ref: string; kind: string; name: string; url: string | null };

/**
 * Names and links of scopes and affected groups, loaded in one query per kind (never one per row).
 * A project the viewer may not see (the projects area's rule) is named only as "a project you
 * cannot see", without a link: its title is not the decision's to publish.
 */
export async function scopeLabels(
	db: Queryable,
	viewer: Viewer,
	locale: Locale,
	refs: { kind: string; id: number | null }[]
) {
	const orgName = await organisationName(db, locale);
	const ids = (kind: string) => [
		...new Set(refs.filter((r) => r.kind === kind && r.id !== null).map((r) => r.id as number))
	];
	const out = new Map<string, ScopeLabel>();
	out.set('organisation', { ref: 'organisation', kind: 'organisation', name: orgName, url: null });
	const chapterIds = ids('chapter');
	if (chapterIds.length) {
		const rows = await db
			.select({
				id: chapters.id,
				kind: chapters.kind,
				name: chapters.name,
				slug: chapters.slug,
				country: chapters.country,
				city: chapters.city
			})
			.from(chapters)
			.where(inArray(chapters.id, chapterIds));
		for (const c of rows)
			out.set(`chapter:${c.id}`, {
				ref: `chapter:${c.id}`,
				kind: 'chapter',
				name: chapterName(c, locale, orgName),
				url: `/chapters/${c.slug}`
			});
	}
	const committeeIds = ids('committee');
	if (committeeIds.length) {
		const rows = await db
			.select({ id: committees.id, name: committees.name })
			.from(committees)
			.where(inArray(committees.id, committeeIds));
		for (const c of rows)
			out.set(`committee:${c.id}`, {
				ref: `committee:${c.id}`,
				kind: 'committee',
				name: c.name,
				url: null
			});
	}
	const projectIds = ids('project');
	if (projectIds.length) {
		const rows = await db
			.select({
				id: projects.id,
				title: projects.title,
				visible: sql<boolean>`${visibleProjects(viewer)}`
			})
			.from(projects)
			.where(inArray(projects.id, projectIds));
		for (const p of rows)
			out.set(`project:${p.id}`, {
				ref: `project:${p.id}`,
				kind: 'project',
				name: p.visible ? p.title : translate('decision_hidden_project', {}, locale),
				url: p.visible ? projectUrl(p) : null
			});
	}
	return out;
}

export function refOf(kind: string, id: number | null) {
	return kind === 'organisation' || id === null ? 'organisation' : `${kind}:${id}`;
}
