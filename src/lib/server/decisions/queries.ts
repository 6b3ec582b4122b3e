import { and, asc, desc, eq, inArray, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import {
	amendments,
	amendmentVotes,
	ballots,
	decisionAuthors,
	decisionGroups,
	decisions,
	decisionVersions,
	members,
	minorityReports,
	minorityReportSignatures,
	projectMembers,
	projects,
	revisitPetitions,
	stakeDeclarations
} from '$lib/server/db/schema';
import { NotFound } from '$lib/server/errors';
import { cached } from '$lib/server/cache';
import type { Locale } from '$lib/server/i18n';
import { visibleName } from '$lib/server/members/privacy';
import { parseInput } from '$lib/server/validation';
import { registerFilter } from '$lib/schemas/decisions';
import { diffStats, wordDiff } from '$lib/domain/decisions/text-diff';
import { onLosingSide, type StoredChoice } from '$lib/domain/decisions/ballot-choice';
import type { DecisionActor } from './policy';
import { can } from './policy';
import { loadDecision } from './context';
import { countDecision, countOptions } from './tally';
import { eligibleCondition, eligibleCount, votingTiers } from './eligibility';
import { minorityReportDeadline } from './dissent';
import { refOf, scopeLabels } from './scope-names';
import { renderMarkdown } from '$lib/server/writing/markdown';

type Viewer = DecisionActor;
const person = {
	id: members.id,
	handle: members.handle,
	displayName: members.displayName,
	showFullName: members.showFullName
};
type PersonRow = { id: number; handle: string; displayName: string; showFullName: boolean };
const named = (p: PersonRow, viewer: Viewer) => ({
	id: p.id,
	handle: p.handle,
	name: visibleName(p, viewer)
});

export const REGISTER_PAGE = 25;

/** The decision register: every decision that is not a draft, newest first, searchable and filtered. */
export async function decisionRegister(
	db: Queryable,
	viewer: Viewer,
	locale: Locale,
	raw: unknown
) {
	const f = parseInput(registerFilter, raw);
	const where: SQL[] = [sql`${decisions.phase} <> 'draft'`];
	if (f.phase) where.push(eq(decisions.phase, f.phase));
	if (f.outcome) where.push(eq(decisions.outcome, f.outcome));
	if (f.scope) {
		const [kind, id] = f.scope.split(':');
		where.push(eq(decisions.scopeKind, kind));
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
		.innerJoin(decisionAuthors, eq(decisionAuthors.decisionId, decisions.id))
		.where(and(eq(decisionAuthors.memberId, viewer.id), eq(decisions.phase, 'draft')))
		.orderBy(desc(decisions.id))
		.limit(50);
}

/** Live results are recounted at most every few seconds, whatever the traffic. */
const liveCount = cached(5_000, async (id: number, db: Queryable) => {
	const ctx = await loadDecision(db, null, id);
	const eligible = await eligibleCount(db, ctx.decision);
	return { tally: await countDecision(db, ctx.decision, eligible), eligible };
});

/** Everything the decision page shows, authorised for the viewer. */
export async function decisionPage(
	db: Queryable,
	viewer: Viewer,
	locale: Locale,
	id: number,
	now = new Date()
) {
	const ctx = await loadDecision(db, viewer, id);
	const d = ctx.decision;
	const may = (action: Parameters<typeof can>[1]) => can(viewer, action, ctx.subject, ctx.rights);

	const authorRows = await db
		.select(person)
		.from(decisionAuthors)
		.innerJoin(members, eq(members.id, decisionAuthors.memberId))
		.where(eq(decisionAuthors.decisionId, id))
		.orderBy(asc(decisionAuthors.addedAt));
	const groups = await db.select().from(decisionGroups).where(eq(decisionGroups.decisionId, id));
	const labels = await scopeLabels(db, locale, [
		{ kind: d.scopeKind, id: d.scopeId },
		...groups.map((g) => ({ kind: g.groupKind, id: g.groupId }))
	]);
	const options = await countOptions(db, id);

	const eligible = d.phase === 'closed' ? (d.eligibleAtClose ?? 0) : await eligibleCount(db, d);
	// Once closed, the turnout is part of the stored count; while voting it is counted live.
	const stored =
		d.phase === 'closed' ? (d.result as { turnout?: number } | null)?.turnout : undefined;
	const turnout =
		stored ??
		(
			await db
				.select({ turnout: sql<number>`count(*)::int` })
				.from(ballots)
				.where(and(eq(ballots.decisionId, id), isNull(ballots.supersededAt)))
		)[0].turnout;

	const [mine] = viewer
		? await db
				.select({
					choice: ballots.choice,
					reason: ballots.reason,
					weight: ballots.weight,
					receipt: ballots.receipt,
					castAt: ballots.castAt
				})
				.from(ballots)
				.where(
					and(
						eq(ballots.decisionId, id),
						eq(ballots.voterId, viewer.id),
						isNull(ballots.supersededAt)
					)
				)
		: [];
	const myHistory = viewer
		? await db
				.select({ castAt: ballots.castAt, supersededAt: ballots.supersededAt })
				.from(ballots)
				.where(and(eq(ballots.decisionId, id), eq(ballots.voterId, viewer.id)))
				.orderBy(asc(ballots.id))
		: [];

	const stakes = await db
		.select({
			...person,
			level: stakeDeclarations.level,
			reason: stakeDeclarations.reason,
			declaredAt: stakeDeclarations.declaredAt
		})
		.from(stakeDeclarations)
		.innerJoin(members, eq(members.id, stakeDeclarations.memberId))
		.where(eq(stakeDeclarations.decisionId, id))
		.orderBy(desc(stakeDeclarations.level), asc(stakeDeclarations.declaredAt))
		.limit(500);

	const amendmentRows = await db
		.select({
			id: amendments.id,
			status: amendments.status,
			reason: amendments.reason,
			body: amendments.body,
			baseVersion: amendments.baseVersion,
			appliedVersion: amendments.appliedVersion,
			createdAt: amendments.createdAt,
			author: person,
			yes: sql<number>`coalesce((select sum(v.weight) from amendment_votes v where v.amendment_id = ${amendments}.id and v.choice = 'yes'), 0)::int`,
			no: sql<number>`coalesce((select sum(v.weight) from amendment_votes v where v.amendment_id = ${amendments}.id and v.choice = 'no'), 0)::int`,
			abstain: sql<number>`coalesce((select sum(v.weight) from amendment_votes v where v.amendment_id = ${amendments}.id and v.choice = 'abstain'), 0)::int`
		})
		.from(amendments)
		.innerJoin(members, eq(members.id, amendments.authorId))
		.where(eq(amendments.decisionId, id))
		.orderBy(asc(amendments.id));
	const baseVersions = [...new Set(amendmentRows.map((a) => a.baseVersion))];
	const bases = baseVersions.length
		? await db
				.select({ version: decisionVersions.version, body: decisionVersions.body })
				.from(decisionVersions)
				.where(
					and(eq(decisionVersions.decisionId, id), inArray(decisionVersions.version, baseVersions))
				)
		: [];
	const myAmendmentVotes =
		viewer && amendmentRows.length
			? await db
					.select({ amendmentId: amendmentVotes.amendmentId, choice: amendmentVotes.choice })
					.from(amendmentVotes)
					.where(
						and(
							eq(amendmentVotes.memberId, viewer.id),
							inArray(
								amendmentVotes.amendmentId,
								amendmentRows.map((a) => a.id)
							)
						)
					)
			: [];

	// Results: stored at the close; while voting, live unless hidden until the close.
	let results: {
		raw: unknown;
		weighted: unknown;
		outcome: string | null;
		winner: string | null;
		turnout: number;
		quorumRequired: number | null;
		live: boolean;
	} | null = null;
	if (d.phase === 'closed' && d.result) {
		const r = d.result as {
			raw: unknown;
			weighted: unknown;
			winner: string | null;
			turnout: number;
			quorumRequired: number | null;
		};
		results = { ...r, outcome: d.outcome, live: false };
	} else if (d.phase === 'voting' && !d.hideResultsUntilClose) {
		const live = await liveCount(id, db);
		results = {
			raw: live.tally.raw,
			weighted: live.tally.weighted,
			outcome: null,
			winner: live.tally.winner,
			turnout: live.tally.turnout,
			quorumRequired: live.tally.quorumRequired,
			live: true
		};
	}

	// Open ballots show each voter's choice and reason; secret ones never do.
	const openBallots =
		!d.secret && (d.phase === 'closed' || (d.phase === 'voting' && !d.hideResultsUntilClose))
			? await firstOpenBallots(db, id)
			: [];

	const reports = await minorityReportList(db, viewer, id);
	const petitions = await db
		.select({
			id: revisitPetitions.id,
			reason: revisitPetitions.reason,
			threshold: revisitPetitions.threshold,
			status: revisitPetitions.status,
			reopenedAsId: revisitPetitions.reopenedAsId,
			createdAt: revisitPetitions.createdAt,
			author: person,
			signatures: sql<number>`(select count(*)::int from revisit_signatures s where s.petition_id = ${revisitPetitions}.id)`,
			signed: viewer
				? sql<boolean>`exists (select 1 from revisit_signatures s where s.petition_id = ${revisitPetitions}.id and s.member_id = ${viewer.id})`
				: sql<boolean>`false`
		})
		.from(revisitPetitions)
		.innerJoin(members, eq(members.id, revisitPetitions.authorId))
		.where(eq(revisitPetitions.decisionId, id))
		.orderBy(desc(revisitPetitions.id));

	const related = await db
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
			sql`${decisions.phase} <> 'draft' and (${decisions}.id in (${d.revisitOfId ?? 0}, ${d.followsId ?? 0}) or ${decisions.revisitOfId} = ${id} or ${decisions.followsId} = ${id})`
		);

	const winner = results?.winner ?? null;
	const reportDeadline = minorityReportDeadline(d.closedAt, ctx.settings.minorityReportDays);
	const mayFileReport =
		!!mine &&
		d.phase === 'closed' &&
		!!reportDeadline &&
		reportDeadline > now &&
		onLosingSide(mine.choice as StoredChoice, d.outcome ?? '', winner);

	return {
		decision: {
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
			hideResultsUntilClose: d.hideResultsUntilClose,
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
			scope: labels.get(refOf(d.scopeKind, d.scopeId)) ?? null
		},
		authors: authorRows.map((a) => named(a, viewer)),
		groups: groups.map((g) => labels.get(refOf(g.groupKind, g.groupId))).filter((g) => !!g),
		options: options.map((o) => ({ id: o.id, label: o.label, name: o.name })),
		turnout: {
			ballots: turnout,
			eligible,
			quorumRequired: ctx.settings.quorum
				? Math.ceil((ctx.settings.quorum.numerator * eligible) / ctx.settings.quorum.denominator)
				: null
		},
		me: {
			isAuthor: ctx.subject.isAuthor,
			isEligible: ctx.subject.isEligible,
			ballot: mine ? { ...mine, choice: mine.choice as StoredChoice } : null,
			changes: Math.max(0, myHistory.length - 1),
			stake: viewer ? (stakes.find((s) => s.id === viewer.id) ?? null) : null,
			amendmentVotes: Object.fromEntries(myAmendmentVotes.map((v) => [v.amendmentId, v.choice])),
			may: {
				edit: may('edit'),
				submit: may('submit'),
				addCoauthor: may('add-coauthor'),
				amend: may('amend'),
				resolveAmendment: may('resolve-amendment'),
				voteAmendment: may('vote-amendment'),
				closeAmendments: may('close-amendments') && d.amendmentsOpen,
				declareStake: may('declare-stake') && d.weighting === 'stake',
				vote: may('vote') && !!d.votingEndsAt && d.votingEndsAt > now,
				seeTurnoutList: may('see-turnout-list'),
				recordOutcome: may('record-outcome'),
				petition: may('petition'),
				fileReport: mayFileReport
			}
		},
		stakes: stakes.map((s) => ({
			...named(s, viewer),
			level: s.level,
			reason: s.reason,
			declaredAt: s.declaredAt
		})),
		amendments: amendmentRows.map((a) => {
			const base = bases.find((b) => b.version === a.baseVersion)?.body ?? '';
			const diff = wordDiff(base, a.body);
			return {
				id: a.id,
				status: a.status,
				reason: a.reason,
				baseVersion: a.baseVersion,
				appliedVersion: a.appliedVersion,
				createdAt: a.createdAt,
				author: named(a.author, viewer),
				isMine: !!viewer && a.author.id === viewer.id,
				votes: { yes: a.yes, no: a.no, abstain: a.abstain },
				diff,
				stats: diffStats(diff)
			};
		}),
		results,
		openBallots: openBallots.map((b) => ({
			...named(b, viewer),
			choice: b.choice as StoredChoice,
			reason: b.reason,
			weight: b.weight,
			castAt: b.castAt
		})),
		reports,
		reportDeadline,
		petitions: petitions.map((p) => ({ ...p, author: named(p.author, viewer) })),
		related
	};
}

/**
 * The first ballots of an open decision with their voters. The ballots are taken first (the
 * index on decision and id stops after the page), then their voters by primary key: joined in
 * one query, the planner may read every ballot of a large decision before sorting.
 */
async function firstOpenBallots(db: Queryable, decisionId: number, limit = 500) {
	const page = await db
		.select({
			voterId: ballots.voterId,
			choice: ballots.choice,
			reason: ballots.reason,
			weight: ballots.weight,
			castAt: ballots.castAt
		})
		.from(ballots)
		.where(and(eq(ballots.decisionId, decisionId), isNull(ballots.supersededAt)))
		.orderBy(asc(ballots.id))
		.limit(limit);
	if (!page.length) return [];
	const voters = await db
		.select(person)
		.from(members)
		.where(
			inArray(
				members.id,
				page.map((b) => b.voterId)
			)
		);
	const byId = new Map(voters.map((v) => [v.id, v]));
	return page.flatMap((b) => {
		const v = byId.get(b.voterId);
		return v
			? [{ ...v, choice: b.choice, reason: b.reason, weight: b.weight, castAt: b.castAt }]
			: [];
	});
}

export async function minorityReportList(db: Queryable, viewer: Viewer, decisionId: number) {
	const rows = await db
		.select({
			id: minorityReports.id,
			title: minorityReports.title,
			body: minorityReports.body,
			createdAt: minorityReports.createdAt,
			author: person
		})
		.from(minorityReports)
		.innerJoin(members, eq(members.id, minorityReports.authorId))
		.where(eq(minorityReports.decisionId, decisionId))
		.orderBy(asc(minorityReports.id));
	if (!rows.length) return [];
	const signers = await db
		.select({ reportId: minorityReportSignatures.reportId, ...person })
		.from(minorityReportSignatures)
		.innerJoin(members, eq(members.id, minorityReportSignatures.memberId))
		.where(
			inArray(
				minorityReportSignatures.reportId,
				rows.map((r) => r.id)
			)
		)
		.orderBy(asc(minorityReportSignatures.signedAt));
	return rows.map((r) => {
		const mine = signers.filter((s) => s.reportId === r.id);
		return {
			...r,
			html: renderMarkdown(r.body),
			author: named(r.author, viewer),
			signers: mine.map((s) => named(s, viewer)),
			signed: !!viewer && mine.some((s) => s.id === viewer.id)
		};
	});
}

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
			editor: person
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
			editor: named(v.editor, viewer),
			title: v.title
		})),
		from: a.version,
		to: b.version,
		titleDiff: wordDiff(a.title, b.title),
		diff: wordDiff(a.body, b.body)
	};
}

export const REMINDER_PAGE = 100;

/**
 * Who has not voted yet, for reminding (never how anyone voted). Shown to the scope's eligible
 * members and the authors; the names respect privacy settings.
 */
export async function notYetVoted(
	db: Queryable,
	viewer: NonNullable<Viewer>,
	id: number,
	after = 0
) {
	const ctx = await loadDecision(db, viewer, id);
	if (!can(viewer, 'see-turnout-list', ctx.subject, ctx.rights))
		throw new NotFound('decision_error_not_found');
	const tiers = await votingTiers(db);
	const rows = await db.execute<PersonRow & { show_full_name: boolean; display_name: string }>(sql`
		select m.id::int as id, m.handle, m.display_name, m.show_full_name from members m
		where ${eligibleCondition(ctx.decision, tiers)} and m.id > ${after}
			and not exists (select 1 from ballots b where b.decision_id = ${id} and b.voter_id = m.id and b.superseded_at is null)
		order by m.id limit ${REMINDER_PAGE + 1}`);
	const list = rows.rows.slice(0, REMINDER_PAGE).map((r) =>
		named(
			{
				id: Number(r.id),
				handle: r.handle,
				displayName: r.display_name,
				showFullName: r.show_full_name
			},
			viewer
		)
	);
	return {
		decision: { id, title: ctx.decision.title, slug: ctx.decision.slug, phase: ctx.decision.phase },
		members: list,
		next: rows.rows.length > REMINDER_PAGE ? list.at(-1)!.id : null
	};
}

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
	const labels = await scopeLabels(db, locale, refs);
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

/** Groups a proposal may name as affected: every chapter below the organisation, and projects. */
export async function affectedChoices(db: Queryable, locale: Locale) {
	const rows = await db.execute<{ id: number }>(
		sql`select id::int as id from chapters where parent_id is not null order by kind, name limit 1000`
	);
	const refs = rows.rows.map((r) => ({ kind: 'chapter', id: Number(r.id) }));
	const labels = await scopeLabels(db, locale, refs);
	const chapterChoices = refs.map((x) => labels.get(refOf(x.kind, x.id))!).filter(Boolean);
	chapterChoices.sort((a, b) => a.name.localeCompare(b.name, locale));
	// Projects in progress (proposed or active) are the ones a proposal can still affect.
	const open = await db
		.select({ id: projects.id, title: projects.title })
		.from(projects)
		.where(inArray(projects.status, ['proposed', 'active']))
		.orderBy(asc(projects.title))
		.limit(500);
	return {
		chapters: chapterChoices,
		projects: open.map((p) => ({ ref: `project:${p.id}`, name: p.title }))
	};
}

/** What the edit form starts from: a draft's every setting, or a submitted text's words. */
export async function decisionForEdit(db: Queryable, viewer: NonNullable<Viewer>, id: number) {
	const ctx = await loadDecision(db, viewer, id);
	if (!can(viewer, 'edit', ctx.subject, ctx.rights)) throw new NotFound('decision_error_not_found');
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
			groupFactor: String(s.groupFactor),
			stakeLevels: String(s.stakeLevels),
			secret: d.secret ? 'on' : '',
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
