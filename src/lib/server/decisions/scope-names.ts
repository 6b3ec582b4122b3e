import { inArray, sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { chapters, committees } from '$lib/server/db/schema';
import { chapterName } from '$lib/server/chapters/names';
import { organisationName } from '$lib/server/instance/cached';
import type { Locale } from '$lib/server/i18n';
import { slugify } from '$lib/server/writing/reader';

export type ScopeLabel = { ref: string; kind: string; name: string; url: string | null };

/**
 * Names and links of scopes and affected groups, loaded in one query per kind (never one per row).
 */
export async function scopeLabels(
	db: Queryable,
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
		const r = await db.execute<{ id: number; title: string }>(
			sql`select id, title from projects where id in (${sql.join(
				projectIds.map((i) => sql`${i}`),
				sql`, `
			)})`
		);
		for (const p of r.rows)
			out.set(`project:${p.id}`, {
				ref: `project:${p.id}`,
				kind: 'project',
				name: p.title,
				url: `/projects/${p.id}-${slugify(p.title)}`
			});
	}
	return out;
}

export function refOf(kind: string, id: number | null) {
	return kind === 'organisation' || id === null ? 'organisation' : `${kind}:${id}`;
}
