/** What the proposal and edit forms start from: scopes to choose, groups to name, a draft's values. */
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { decisionGroups, projectMembers, projects } from '$lib/server/db/schema';
import { NotFound } from '$lib/server/errors';
import type { Locale } from '$lib/server/i18n';
import { visibleProjects } from '$lib/server/projects/queries';
import { loadDecision } from './context';
import { allowed, type Viewer } from './reading';
import { chapterName } from '$lib/server/chapters/names';
import { refOf, scopeLabels } from './scope-names';
import { countOptions } from './tally';
import { groupStakeFor } from '$lib/domain/decisions/weights';

/** Scopes a member may propose in: the organisation, and their chapters, committees and projects. */
export async function proposalScopes(db: Queryable, viewer: NonNullable<Viewer>, locale: Locale) {
	const r = await db.execute<{ kind: string; id: number }>(sql`
		select 'chapter' as kind, c.id::int as id from chapter_memberships cm join chapters c on c.id = cm.chapter_id
		where cm.member_id = ${viewer.id} and c.parent_id is not null
		union select 'chapter', p.id::int from chapter_memberships cm join chapters c on c.id = cm.chapter_id
			join chapters p on p.id = c.parent_id where cm.member_id = ${viewer.id} and p.parent_id is not null
		union select 'committee', km.committee_id::int from committee_members km where km.member_id = ${viewer.id}`);
	const refs = [
		{ kind: 'organisation', id: null },
		...r.rows.map((x) => ({ kind: x.kind, id: Number(x.id) })),
		...(await memberProjects(db, viewer.id)).map((id) => ({ kind: 'project', id }))
	];
	const labels = await scopeLabels(db, viewer, locale, refs);
	return refs.map((x) => labels.get(refOf(x.kind, x.id))).filter((x) => !!x);
}

/** The projects a member currently belongs to. */
async function memberProjects(db: Queryable, memberId: number): Promise<number[]> {
	const rows = await db
		.select({ id: projectMembers.projectId })
		.from(projectMembers)
		.where(and(eq(projectMembers.memberId, memberId), isNull(projectMembers.leftAt)));
	return rows.map((x) => x.id);
}

export type GroupChoice = { ref: string; name: string };
/** A country (or region) chapter with the local chapters under it. */
export type ChapterGroup = GroupChoice & { locals: GroupChoice[] };

/**
 * Groups a proposal may name as affected: the chapters below the organisation, each country (or
 * region) with its local chapters, so two cities of one name are told apart by their country;
 * and the projects the viewer may see (a hidden project's title is not offered to those it is
 * hidden from).
 */
export async function affectedChoices(db: Queryable, viewer: NonNullable<Viewer>, locale: Locale) {
	const rows = await db.execute<{
		id: number;
		parent: number;
		top: boolean;
		kind: string;
		name: string;
		country: string | null;
	}>(sql`select c.id::int as id, c.parent_id::int as parent, (p.parent_id is null) as top,
			c.kind, c.name, c.country
		from chapters c join chapters p on p.id = c.parent_id order by c.id limit 1000`);
	const byName = (a: GroupChoice, b: GroupChoice) => a.name.localeCompare(b.name, locale);
	const groups = new Map<number, ChapterGroup>();
	for (const c of rows.rows)
		if (c.top)
			groups.set(Number(c.id), {
				ref: `chapter:${c.id}`,
				name: chapterName(c, locale, ''),
				locals: []
			});
	for (const c of rows.rows)
		if (!c.top)
			groups
				.get(Number(c.parent))
				?.locals.push({ ref: `chapter:${c.id}`, name: chapterName(c, locale, '') });
	const chapters = [...groups.values()].sort(byName);
	for (const g of chapters) g.locals.sort(byName);
	// Projects in progress (proposed or active) are the ones a proposal can still affect.
	const open = await db
		.select({ id: projects.id, title: projects.title })
		.from(projects)
		.where(and(inArray(projects.status, ['proposed', 'active']), visibleProjects(viewer)))
		.orderBy(asc(projects.title))
		.limit(500);
	return {
		chapters,
		projects: open.map((p) => ({ ref: `project:${p.id}`, name: p.title }))
	};
}
export type AffectedChoices = Awaited<ReturnType<typeof affectedChoices>>;

/** What the edit form starts from: a draft's every setting, or a submitted text's words. */
export async function decisionForEdit(db: Queryable, viewer: NonNullable<Viewer>, id: number) {
	const ctx = await loadDecision(db, viewer, id);
	if (!allowed(viewer, ctx, 'edit')) throw new NotFound('decision_error_not_found');
	const d = ctx.decision;
	const s = ctx.settings;
	const options = await countOptions(db, id);
	const groups = await db.select().from(decisionGroups).where(eq(decisionGroups.decisionId, id));
	const t = s.threshold;
	const threshold =
		t.numerator * 3 === t.denominator * 2
			? 'two-thirds'
			: t.numerator * 4 === t.denominator * 3
				? 'three-quarters'
				: 'majority';
	return {
		decision: { id, title: d.title, slug: d.slug, phase: d.phase, version: d.version },
		values: {
			title: d.title,
			summary: d.summary,
			body: d.body,
			language: d.language,
			scope: refOf(d.scopeKind, d.scopeId),
			affected: groups.map((g) => `${g.groupKind}:${g.groupId}`),
			ballotType: d.ballotType,
			method: d.ballotType === 'choice' ? d.method : 'schulze',
			options: options.map((o) => o.label).join('\n'),
			weighting: d.weighting,
			groupStake: String(groupStakeFor(s.groupFactor)),
			stakeLevels: String(s.stakeLevels),
			secret: d.secret ? 'on' : '',
			unlinkable: d.unlinkable ? 'on' : '',
			hideResults: d.hideResultsUntilClose ? 'on' : '',
			threshold,
			quorumPercent: String(
				s.quorum ? Math.round((s.quorum.numerator / s.quorum.denominator) * 100) : 0
			),
			maxBlocks: String(s.maxBlocks),
			discussionDays: String(Math.round(s.hours.discussion / 24)),
			amendmentDays: String(Math.round(s.hours.amendments / 24)),
			votingDays: String(Math.round(s.hours.voting / 24)),
			minorityReportDays: String(s.minorityReportDays),
			revisitPercent: String(s.revisitPercent),
			template: d.stage === 'positions' ? 'compromise-runoff' : 'standard'
		} as Record<string, unknown>
	};
}
