/**
 * Which events tell whom, and how urgently: the one table of notification routing. Each route
 * names its kind, whether it needs action soon (mailed at once, see kinds.ts `channelsFor`) and
 * how to find its recipients. Recipients are found with the rules of the area (the electorate of
 * a decision, the author of a comment) and, for things addressed to one member, checked against
 * what that member may see, so a notification never points at something hidden from its reader.
 * Never from a ballot: who voted how is nobody's notification.
 */
import { sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import type { EventType, StoredEvent } from '$lib/server/events/catalogue';
import type { FollowScope } from '$lib/server/db/schema';
import { loadActor } from '$lib/server/members/actor';
import '$lib/server/commentables';
import { loadSubject } from '$lib/server/comments/registry';
import { eligibleCondition, votingTiers } from '$lib/server/decisions/eligibility';
import { projectUrl } from '$lib/server/projects/context';
import { slugify } from '$lib/server/refs';
import type { NotificationKind } from './kinds';
import { refOf, scopeLabels } from '$lib/server/decisions/scope-names';
import { isLocale, translate } from '$lib/server/i18n';
import { roleName } from '$lib/roles';
import { messageRecipients } from '$lib/server/messages/notify';
import { juryRecipients, verdictRecipients } from '$lib/server/moderation/notify';

/** One notification to write: for whom, about what (as they may see it), and where it lives. */
export type Delivery = {
	memberId: number;
	subjectType: string;
	subjectId: number;
	title: string;
	url: string;
	/** Muting this scope silences it, unless it is addressed to the member (a mention, a task). */
	scope: { type: FollowScope; id: number } | null;
	addressed: boolean;
};

export type Route = {
	kind: NotificationKind;
	/** Needs the member's action soon: mailed at once. */
	urgent: boolean;
	recipients: (db: Queryable, event: StoredEvent) => Promise<Delivery[]>;
};

type Data = Record<string, unknown>;
const num = (e: StoredEvent, key: string) => Number((e.data as Data)[key]);

/** The thing as this member may see it, or null when they may not (nothing is written then). */
async function seenBy(db: Queryable, memberId: number, type: string, id: number) {
	const actor = await loadActor(db, memberId);
	if (!actor || actor.lapsed) return null;
	try {
		return await loadSubject(db, actor, type, id);
	} catch {
		return null;
	}
}

async function one(
	db: Queryable,
	memberId: number | null | undefined,
	type: string,
	id: number,
	extra: { scope?: Delivery['scope']; anchor?: string; addressed: boolean }
): Promise<Delivery[]> {
	if (!memberId) return [];
	const thing = await seenBy(db, memberId, type, id);
	if (!thing) return [];
	return [
		{
			memberId,
			subjectType: type,
			subjectId: id,
			title: thing.title,
			url: thing.url + (extra.anchor ?? ''),
			scope: extra.scope ?? null,
			addressed: extra.addressed
		}
	];
}

type CommentRow = {
	id: number;
	subject_type: string;
	subject_id: number;
	author_id: number;
	parent_author: number | null;
};

async function commentOf(db: Queryable, id: number): Promise<CommentRow | null> {
	const rows = await db.execute<CommentRow>(sql`
		select c.id::int as id, c.subject_type, c.subject_id::int as subject_id,
			c.author_id::int as author_id, p.author_id::int as parent_author
		from comments c left join comments p on p.id = c.parent_id
		where c.id = ${id} and c.deleted_at is null`);
	return rows.rows[0] ?? null;
}

const scopeOfSubject = (type: string, id: number): Delivery['scope'] =>
	type === 'decision' || type === 'project' ? { type, id } : null;

type DecisionRow = {
	id: number;
	title: string;
	scope_kind: string;
	scope_id: number | null;
	electorate_cutoff: Date | null;
};

async function decisionOf(db: Queryable, id: number): Promise<DecisionRow | null> {
	const rows = await db.execute<DecisionRow>(sql`
		select id::int as id, title, scope_kind, scope_id::int as scope_id, electorate_cutoff
		from decisions where id = ${id}`);
	return rows.rows[0] ?? null;
}

export const decisionUrl = (d: { id: number; title: string }) =>
	`/decisions/${d.id}-${slugify(d.title)}`;

/**
 * Everyone who may vote on the decision: its fixed electorate (eligibility.ts). They may all see
 * it (its scope's members), so no check per member is needed.
 */
async function electorate(db: Queryable, decisionId: number, anchor = ''): Promise<Delivery[]> {
	const d = await decisionOf(db, decisionId);
	if (!d) return [];
	const tiers = await votingTiers(db);
	const rows = await db.execute<{ id: number }>(sql`
		select m.id::int as id from members m
		where ${eligibleCondition({ scopeKind: d.scope_kind, scopeId: d.scope_id, electorateCutoff: d.electorate_cutoff }, tiers)}`);
	return rows.rows.map((r) => ({
		memberId: Number(r.id),
		subjectType: 'decision',
		subjectId: d.id,
		title: d.title,
		url: decisionUrl(d) + anchor,
		scope: { type: 'decision', id: d.id },
		addressed: false
	}));
}

/**
 * The fixed electorate of an election (its electors, listed when voting opened). The title is the
 * election's heading, written in each elector's own language.
 */
async function electors(db: Queryable, electionId: number): Promise<Delivery[]> {
	const [e] = (
		await db.execute<{ role: string; scope_kind: string; scope_id: number | null }>(sql`
			select role, scope_kind, scope_id::int as scope_id from elections where id = ${electionId}`)
	).rows;
	if (!e) return [];
	const rows = (
		await db.execute<{ id: number; locale: string | null }>(sql`
			select m.id::int as id, m.locale from election_electors ee join members m on m.id = ee.member_id
			where ee.election_id = ${electionId} and m.deleted_at is null`)
	).rows;
	const ref = { kind: e.scope_kind, id: e.scope_id };
	const titles = new Map<string, string>();
	for (const locale of new Set(rows.map((r) => (isLocale(r.locale) ? r.locale : 'en')))) {
		const scope = (await scopeLabels(db, null, locale, [ref])).get(refOf(ref.kind, ref.id));
		titles.set(
			locale,
			translate(
				'election_heading',
				{ role: roleName(e.role, locale), scope: scope?.name ?? '' },
				locale
			)
		);
	}
	return rows.map((r) => ({
		memberId: Number(r.id),
		subjectType: 'election',
		subjectId: electionId,
		title: titles.get(isLocale(r.locale) ? r.locale : 'en')!,
		url: `/elections/${electionId}`,
		scope: e.scope_kind === 'chapter' && e.scope_id ? { type: 'chapter', id: e.scope_id } : null,
		addressed: false
	}));
}

/** A decision's authors and the members who follow it. */
async function authorsAndFollowers(db: Queryable, decisionId: number): Promise<Delivery[]> {
	const d = await decisionOf(db, decisionId);
	if (!d) return [];
	const rows = await db.execute<{ id: number }>(sql`
		select member_id::int as id from decision_authors where decision_id = ${decisionId}
		union select member_id::int from notification_follows
			where scope_type = 'decision' and scope_id = ${decisionId} and mode = 'follow'`);
	const out: Delivery[] = [];
	for (const r of rows.rows)
		out.push(
			...(await one(db, Number(r.id), 'decision', d.id, {
				scope: { type: 'decision', id: d.id },
				addressed: false
			}))
		);
	return out;
}

async function taskProject(db: Queryable, taskId: number) {
	const rows = await db.execute<{ project_id: number; title: string }>(sql`
		select p.id::int as project_id, p.title from project_tasks t join projects p on p.id = t.project_id
		where t.id = ${taskId}`);
	return rows.rows[0] ?? null;
}

async function toTaskMember(db: Queryable, e: StoredEvent): Promise<Delivery[]> {
	const project = await taskProject(db, e.subjectId);
	if (!project) return [];
	return one(db, num(e, 'memberId'), 'project', Number(project.project_id), {
		scope: { type: 'project', id: Number(project.project_id) },
		anchor: `#task-${e.subjectId}`,
		addressed: true
	});
}

/**
 * The routing table. Earlier routes of an event win: a member written to once per event (a
 * reply to your comment on your own post is a reply, not also a comment).
 */
export const ROUTES: Partial<Record<EventType, Route[]>> = {
	'member.mentioned': [
		{
			kind: 'mention',
			urgent: true,
			recipients: async (db, e) => {
				const c = await commentOf(db, e.subjectId);
				if (!c) return [];
				return one(db, num(e, 'memberId'), c.subject_type, c.subject_id, {
					scope: scopeOfSubject(c.subject_type, c.subject_id),
					anchor: `#comment-${c.id}`,
					addressed: true
				});
			}
		}
	],
	'comment.posted': [
		{
			kind: 'reply',
			urgent: false,
			recipients: async (db, e) => {
				const c = await commentOf(db, e.subjectId);
				if (!c) return [];
				return one(db, c.parent_author, c.subject_type, c.subject_id, {
					scope: scopeOfSubject(c.subject_type, c.subject_id),
					anchor: `#comment-${c.id}`,
					addressed: true
				});
			}
		},
		{
			kind: 'comment',
			urgent: false,
			recipients: async (db, e) => {
				const c = await commentOf(db, e.subjectId);
				if (!c) return [];
				const thing = await seenBy(db, c.author_id, c.subject_type, c.subject_id);
				if (!thing) return [];
				const followers =
					c.subject_type === 'decision'
						? await db.execute<{ id: number }>(sql`
							select member_id::int as id from notification_follows
							where scope_type = 'decision' and scope_id = ${c.subject_id} and mode = 'follow'`)
						: { rows: [] };
				const who = new Set([thing.authorId, ...followers.rows.map((r) => Number(r.id))]);
				const out: Delivery[] = [];
				for (const id of who)
					out.push(
						...(await one(db, id, c.subject_type, c.subject_id, {
							scope: scopeOfSubject(c.subject_type, c.subject_id),
							anchor: `#comment-${c.id}`,
							addressed: false
						}))
					);
				return out;
			}
		}
	],
	'task.assigned': [{ kind: 'task-assigned', urgent: true, recipients: toTaskMember }],
	'task.offered': [{ kind: 'task-offered', urgent: true, recipients: toTaskMember }],
	'project.coordination-offered': [
		{
			kind: 'coordination-offered',
			urgent: true,
			recipients: (db, e) =>
				one(db, num(e, 'memberId'), 'project', e.subjectId, {
					scope: { type: 'project', id: e.subjectId },
					addressed: true
				})
		}
	],
	'coauthor.invited': [
		{
			kind: 'coauthor-invited',
			urgent: true,
			// A draft has no page for others yet: the invitation list is where it is answered.
			recipients: async (db, e) => {
				const d = await decisionOf(db, e.subjectId);
				if (!d) return [];
				return [
					{
						memberId: num(e, 'memberId'),
						subjectType: 'decision',
						subjectId: d.id,
						title: d.title,
						url: '/decisions/invitations',
						scope: null,
						addressed: true
					}
				];
			}
		}
	],
	'decision.phase-changed': [
		{
			kind: 'vote-open',
			urgent: true,
			recipients: async (db, e) =>
				(e.data as Data).to === 'voting' ? electorate(db, e.subjectId, '#vote') : []
		},
		{
			kind: 'amendments-open',
			urgent: false,
			recipients: async (db, e) =>
				(e.data as Data).to === 'amendments' ? electorate(db, e.subjectId) : []
		}
	],
	'election.voting-opened': [
		{ kind: 'vote-open', urgent: true, recipients: (db, e) => electors(db, e.subjectId) }
	],
	'decision.closed': [
		{
			kind: 'decision-closed',
			urgent: false,
			recipients: (db, e) => authorsAndFollowers(db, e.subjectId)
		}
	],
	'petition.opened': [
		{
			kind: 'petition-open',
			urgent: false,
			recipients: (db, e) => electorate(db, e.subjectId)
		}
	],
	'project.updated': [
		{
			kind: 'project-update',
			urgent: false,
			recipients: async (db, e) => {
				const rows = await db.execute<{ id: number; title: string }>(sql`
					select pm.member_id::int as id, p.title from project_members pm
					join projects p on p.id = pm.project_id
					where pm.project_id = ${e.subjectId} and pm.left_at is null
					union select f.member_id::int, p.title from notification_follows f
					join projects p on p.id = f.scope_id
					where f.scope_type = 'project' and f.scope_id = ${e.subjectId} and f.mode = 'follow'`);
				return rows.rows.map((r) => ({
					memberId: Number(r.id),
					subjectType: 'project',
					subjectId: e.subjectId,
					title: r.title,
					url: projectUrl({ id: e.subjectId, title: r.title }),
					scope: { type: 'project' as const, id: e.subjectId },
					addressed: false
				}));
			}
		}
	],
	'jury-case.drawn': [{ kind: 'jury-summoned', urgent: true, recipients: juryRecipients }],
	'jury-case.decided': [{ kind: 'jury-verdict', urgent: false, recipients: verdictRecipients }],
	'message.sent': [{ kind: 'message', urgent: true, recipients: messageRecipients }],
	'mandate.granted': [
		{
			kind: 'mandate-granted',
			urgent: false,
			recipients: async (db, e) => [
				{
					memberId: num(e, 'memberId'),
					subjectType: 'mandate',
					subjectId: e.subjectId,
					title: String((e.data as Data).role ?? ''),
					url: '/roles',
					scope: null,
					addressed: true
				}
			]
		}
	]
};

export const ROUTED_TYPES = Object.keys(ROUTES) as EventType[];
