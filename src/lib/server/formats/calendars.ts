/**
 * What goes into a calendar: the phases of decisions (discussion, amendments, vote: each a window
 * from its opening to its closing), the nomination and voting windows of elections, and
 * conventions. Three calendars share this one query: the organisation's (everything), a chapter's
 * (its own), and a member's private one (what concerns them: the organisation's and their scopes').
 *
 * What a reader sees is what the pages show them: never a draft (drafts are their authors' alone,
 * and a calendar is no place to edit one), and a scope by the name the reader may see
 * (`scopeLabels`: a project hidden from them is "a project you cannot see"). Times come straight
 * from the rows the scheduler acts on, so the calendar and the deadlines cannot disagree.
 */
import { and, gte, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { conventions, decisions, elections } from '$lib/server/db/schema';
import { translate, type Locale } from '$lib/server/i18n';
import { refOf, scopeLabels, type ScopeLabel } from '$lib/server/decisions/scope-names';
import { roleName } from '$lib/roles';
import type { Actor, ScopeRef } from '$lib/domain/members/actor';
import { calendar, type CalendarEvent } from '$lib/domain/formats/ical';
import { newest } from './responses';

/** The organisation's calendar holds every scope's; any other scope's, its own. */
export type CalendarScope = ScopeRef | { kind: 'member'; memberId: number };

/** What has ended this long ago is left out: a calendar is for what is coming, and stays small. */
export const CALENDAR_PAST_DAYS = 60;
/** At most this many of each kind (decisions, elections, conventions), the soonest first. */
export const CALENDAR_LIMIT = 300;

export type Calendar = { events: CalendarEvent[]; modified: Date | null };

/**
 * The scopes a member belongs to, as a condition on a table's (scope_kind, scope_id): the
 * organisation; their chapters and the chapters above them (a chapter's decisions are its whole
 * tree's, eligibility.ts); the projects they work in; their committees.
 */
function memberScopes(memberId: number, kind: SQL, id: SQL): SQL {
	return sql`(${kind} = 'organisation'
		or (${kind} = 'chapter' and ${id} in (
			select l.id from chapter_memberships cm join chapters l on l.id = cm.chapter_id where cm.member_id = ${memberId}
			union select l.parent_id from chapter_memberships cm join chapters l on l.id = cm.chapter_id where cm.member_id = ${memberId}
			union select p.parent_id from chapter_memberships cm join chapters l on l.id = cm.chapter_id
				join chapters p on p.id = l.parent_id where cm.member_id = ${memberId}))
		or (${kind} = 'project' and ${id} in (select pm.project_id from project_members pm where pm.member_id = ${memberId} and pm.left_at is null))
		or (${kind} = 'committee' and ${id} in (select km.committee_id from committee_members km where km.member_id = ${memberId})))`;
}

function inScope(scope: CalendarScope, kind: SQL, id: SQL): SQL {
	if (scope.kind === 'member') return memberScopes(scope.memberId, kind, id);
	if (scope.kind === 'organisation') return sql`true`;
	return sql`(${kind} = ${scope.kind} and ${id} = ${scope.id})`;
}

/** Each window's name in the calendar; an election's vote reads like a decision's. */
const SUMMARY = {
	discussion: 'ical_discussion',
	amendments: 'ical_amendments',
	voting: 'ical_voting',
	nominations: 'ical_nominations',
	election: 'ical_voting'
} as const;
type Phase = keyof typeof SUMMARY;

export async function calendarEvents(
	db: Queryable,
	reader: Actor | null,
	locale: Locale,
	origin: string,
	scope: CalendarScope,
	now = new Date()
): Promise<Calendar> {
	const since = new Date(now.getTime() - CALENDAR_PAST_DAYS * 86_400_000);
	const [decisionRows, electionRows, conventionRows] = await Promise.all([
		db
			.select({
				id: decisions.id,
				title: decisions.title,
				slug: decisions.slug,
				scopeKind: decisions.scopeKind,
				scopeId: decisions.scopeId,
				discussionEndsAt: decisions.discussionEndsAt,
				amendmentsEndAt: decisions.amendmentsEndAt,
				votingEndsAt: decisions.votingEndsAt,
				// The discussion opened when the draft was submitted (its event; served by
				// events_subject_idx).
				submittedAt: sql<Date | null>`(select min(e.created_at) from events e
					where e.subject_type = 'decision' and e.subject_id = ${decisions}.id
					and e.type = 'decision.submitted')`.mapWith((v) => (v ? new Date(v) : null)),
				modified: sql<Date>`greatest(${decisions.updatedAt}, ${decisions.phaseChangedAt})`.mapWith(
					(v) => new Date(v)
				)
			})
			.from(decisions)
			.where(
				and(
					sql`${decisions.phase} <> 'draft'`,
					gte(decisions.votingEndsAt, since),
					inScope(scope, sql`${decisions.scopeKind}`, sql`${decisions.scopeId}`)
				)
			)
			.orderBy(decisions.votingEndsAt, decisions.id)
			.limit(CALENDAR_LIMIT),
		db
			.select({
				id: elections.id,
				role: elections.role,
				scopeKind: elections.scopeKind,
				scopeId: elections.scopeId,
				createdAt: elections.createdAt,
				nominationsEndAt: elections.nominationsEndAt,
				votingEndsAt: elections.votingEndsAt,
				countedAt: elections.countedAt
			})
			.from(elections)
			.where(
				and(
					gte(elections.votingEndsAt, since),
					inScope(scope, sql`${elections.scopeKind}`, sql`${elections.scopeId}`)
				)
			)
			.orderBy(elections.votingEndsAt, elections.id)
			.limit(CALENDAR_LIMIT),
		db
			.select({
				id: conventions.id,
				title: conventions.title,
				scopeKind: conventions.scopeKind,
				scopeId: conventions.scopeId,
				startsAt: conventions.startsAt,
				endsAt: conventions.endsAt,
				createdAt: conventions.createdAt,
				openedAt: conventions.openedAt,
				closedAt: conventions.closedAt
			})
			.from(conventions)
			.where(
				and(
					gte(conventions.endsAt, since),
					inScope(scope, sql`${conventions.scopeKind}`, sql`${conventions.scopeId}`)
				)
			)
			.orderBy(conventions.startsAt, conventions.id)
			.limit(CALENDAR_LIMIT)
	]);

	const labels = await scopeLabels(db, reader, locale, [
		...decisionRows.map((r) => ({ kind: r.scopeKind, id: r.scopeId })),
		...electionRows.map((r) => ({ kind: r.scopeKind, id: r.scopeId })),
		...conventionRows.map((r) => ({ kind: r.scopeKind, id: r.scopeId }))
	]);
	const scopeName = (kind: string, id: number | null) =>
		(labels.get(refOf(kind, id)) as ScopeLabel | undefined)?.name ?? '';
	const host = new URL(origin).hostname;
	const t = (key: string, params: Record<string, unknown>) => translate(key, params, locale);
	const out: CalendarEvent[] = [];
	const window = (
		uid: string,
		phase: Phase,
		title: string,
		where: string,
		url: string,
		start: Date | null,
		end: Date | null,
		modified: Date
	) => {
		if (!start || !end || end.getTime() <= start.getTime()) return;
		out.push({
			uid: `${uid}-${phase}@${host}`,
			start,
			end,
			stamp: modified,
			modified,
			summary: t(SUMMARY[phase], { title }),
			description: `${t('ical_scope', { scope: where })}\n${url}`,
			url
		});
	};

	for (const d of decisionRows) {
		const url = `${origin}/decisions/${d.id}-${d.slug}`;
		const where = scopeName(d.scopeKind, d.scopeId);
		const votingOpens = d.amendmentsEndAt ?? d.discussionEndsAt;
		const id = `decision-${d.id}`;
		window(id, 'discussion', d.title, where, url, d.submittedAt, d.discussionEndsAt, d.modified);
		window(
			id,
			'amendments',
			d.title,
			where,
			url,
			d.discussionEndsAt,
			d.amendmentsEndAt,
			d.modified
		);
		window(id, 'voting', d.title, where, url, votingOpens, d.votingEndsAt, d.modified);
	}
	for (const e of electionRows) {
		const url = `${origin}/elections/${e.id}`;
		const title = t('ical_election_title', {
			role: roleName(e.role, locale),
			scope: scopeName(e.scopeKind, e.scopeId)
		});
		const modified = newest([e.createdAt, e.countedAt])!;
		const where = scopeName(e.scopeKind, e.scopeId);
		const id = `election-${e.id}`;
		window(id, 'nominations', title, where, url, e.createdAt, e.nominationsEndAt, modified);
		window(id, 'election', title, where, url, e.nominationsEndAt, e.votingEndsAt, modified);
	}
	for (const c of conventionRows) {
		const url = `${origin}/conventions/${c.id}`;
		const modified = newest([c.createdAt, c.openedAt, c.closedAt])!;
		out.push({
			// The same UID as the convention's own calendar, so subscribing to both shows it once.
			uid: `convention-${c.id}@${host}`,
			start: c.startsAt,
			end: c.endsAt,
			stamp: modified,
			modified,
			summary: c.title,
			description: `${t('ical_scope', { scope: scopeName(c.scopeKind, c.scopeId) })}\n${url}`,
			url
		});
	}
	out.sort((a, b) => a.start.getTime() - b.start.getTime() || a.uid.localeCompare(b.uid));
	return { events: out, modified: newest(out.map((e) => e.modified)) };
}

/** A calendar's text and the newest change it shows, named for the reader's calendar list. */
export async function calendarFile(
	db: Queryable,
	reader: Actor | null,
	locale: Locale,
	origin: string,
	scope: CalendarScope,
	name: string
): Promise<{ body: string; modified: Date | null }> {
	const { events, modified } = await calendarEvents(db, reader, locale, origin, scope);
	return { body: calendar(name, events), modified };
}
