/**
 * Reading one's own notifications and settings, and "your turn": what the member can act on now.
 * Every query here is about the viewer alone; names of others go through the privacy rules.
 */
import { and, desc, eq, isNull, lt, sql } from 'drizzle-orm';
import type { Actor } from '$lib/domain/members/actor';
import type { Queryable } from '$lib/server/db/client';
import {
	members,
	notificationFollows,
	notifications,
	notificationSettings
} from '$lib/server/db/schema';
import { publicName } from '$lib/server/members/privacy';
import { eligibleCondition, votingTiers } from '$lib/server/decisions/eligibility';
import { visiblePosts } from '$lib/server/writing/queries';
import { posts } from '$lib/server/db/schema';
import { projectUrl } from '$lib/server/projects/context';
import { slugify } from '$lib/server/refs';
import { DEFAULT_SETTINGS, type ChannelSettings, type NotificationKind } from './kinds';
import { decisionUrl } from './routing';
import { electionsToVote } from '$lib/server/elections/queries';
import type { Locale } from '$lib/server/i18n';

export const CENTRE_PAGE = 30;

export async function unreadCount(db: Queryable, memberId: number): Promise<number> {
	const [row] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(notifications)
		.where(and(eq(notifications.memberId, memberId), isNull(notifications.readAt)));
	return Number(row?.n ?? 0);
}

/** The member's notifications, newest first, keyset-paged by id. */
export async function notificationPage(db: Queryable, viewer: Actor, before?: number) {
	const rows = await db
		.select({
			id: notifications.id,
			kind: notifications.kind,
			title: notifications.title,
			url: notifications.url,
			createdAt: notifications.createdAt,
			read: sql<boolean>`${notifications.readAt} is not null`,
			actor: sql<string | null>`case when ${members.id} is null or ${members.deletedAt} is not null
				then null else ${publicName(viewer)} end`
		})
		.from(notifications)
		.leftJoin(members, eq(members.id, notifications.actorId))
		.where(
			and(eq(notifications.memberId, viewer.id), before ? lt(notifications.id, before) : undefined)
		)
		.orderBy(desc(notifications.id))
		.limit(CENTRE_PAGE + 1);
	const items = rows.slice(0, CENTRE_PAGE).map((r) => ({ ...r, kind: r.kind as NotificationKind }));
	return { items, next: rows.length > CENTRE_PAGE ? items.at(-1)!.id : null };
}

export async function channelSettings(db: Queryable, memberId: number): Promise<ChannelSettings> {
	const [row] = await db
		.select({ emailNow: notificationSettings.emailNow, digest: notificationSettings.digest })
		.from(notificationSettings)
		.where(eq(notificationSettings.memberId, memberId));
	return row ?? DEFAULT_SETTINGS;
}

/** What the member follows or muted, named as they may see it (a scope hidden since is left out). */
export async function followList(db: Queryable, viewer: Actor) {
	const rows = await db.execute<{
		scope_type: string;
		scope_id: number;
		mode: string;
		title: string | null;
	}>(sql`
		select f.scope_type, f.scope_id::int as scope_id, f.mode,
			case f.scope_type
				when 'chapter' then (select c.name from chapters c where c.id = f.scope_id)
				when 'project' then (select p.title from projects p where p.id = f.scope_id)
				when 'decision' then (select d.title from decisions d where d.id = f.scope_id)
			end as title
		from ${notificationFollows} f where f.member_id = ${viewer.id}
		order by f.created_at desc limit 200`);
	return rows.rows
		.filter((r) => r.title !== null)
		.map((r) => ({
			scopeType: r.scope_type,
			scopeId: Number(r.scope_id),
			mode: r.mode,
			title: r.title!
		}));
}

type OpenDecision = {
	id: number;
	title: string;
	phase: string;
	scope_kind: string;
	scope_id: number | null;
	electorate_cutoff: Date | null;
	voting_ends_at: Date | null;
	amendments_end_at: Date | null;
	amendments_open: boolean;
};

/**
 * Your turn: open votes you can still cast (nearest deadline first), amendment windows and
 * petitions open to you, your tasks and the tasks offered to you, mentions and replies not yet
 * read, and new posts in your chapters. Eligibility is the decisions' own rule (eligibility.ts);
 * a ballot you cast, or a credential you took for an unlinkable ballot, means you have voted.
 */
export async function yourTurn(db: Queryable, viewer: Actor, locale: Locale) {
	const tiers = await votingTiers(db);
	const open = await db.execute<OpenDecision>(sql`
		select id::int as id, title, phase, scope_kind, scope_id::int as scope_id, electorate_cutoff,
			voting_ends_at, amendments_end_at, amendments_open
		from decisions where phase in ('voting', 'amendments')
		order by coalesce(voting_ends_at, amendments_end_at) limit 100`);
	const votes: { id: number; title: string; url: string; endsAt: Date | null }[] = [];
	const amendments: typeof votes = [];
	// One query for every open decision (not one each): a branch per decision, each with the
	// decisions' own eligibility rule for its scope, answering only where the viewer is eligible.
	const branches = open.rows.map(
		(d) => sql`
			select ${d.id}::int as id,
				exists (select 1 from ballots b where b.decision_id = ${d.id} and b.voter_id = m.id and b.superseded_at is null)
				or exists (select 1 from ballot_credentials bc where bc.subject_kind = 'decision'
					and bc.subject_id = ${d.id} and bc.member_id = m.id) as voted
			from members m where m.id = ${viewer.id} and ${eligibleCondition(
				{ scopeKind: d.scope_kind, scopeId: d.scope_id, electorateCutoff: d.electorate_cutoff },
				tiers
			)}`
	);
	const mine = branches.length
		? await db.execute<{ id: number; voted: boolean }>(sql.join(branches, sql` union all `))
		: { rows: [] };
	const voted = new Map(mine.rows.map((r) => [Number(r.id), r.voted]));
	for (const d of open.rows) {
		if (!voted.has(Number(d.id))) continue;
		const item = { id: Number(d.id), title: d.title, url: decisionUrl(d) };
		if (d.phase === 'voting' && !voted.get(Number(d.id)))
			votes.push({
				...item,
				url: `${item.url}#vote`,
				endsAt: d.voting_ends_at && new Date(d.voting_ends_at)
			});
		if (d.phase === 'amendments' && d.amendments_open)
			amendments.push({ ...item, endsAt: d.amendments_end_at && new Date(d.amendments_end_at) });
	}

	const [elections, petitionRows, taskRows, mentionRows, postRows] = await Promise.all([
		electionsToVote(db, viewer, locale),
		db.execute<{
			id: number;
			title: string;
			scope_kind: string;
			scope_id: number | null;
			electorate_cutoff: Date | null;
		}>(sql`
			select d.id::int as id, d.title, d.scope_kind, d.scope_id::int as scope_id, d.electorate_cutoff
			from revisit_petitions p join decisions d on d.id = p.decision_id
			where p.status = 'open'
				and not exists (select 1 from revisit_signatures s where s.petition_id = p.id and s.member_id = ${viewer.id})
			order by p.id desc limit 20`),
		db.execute<{
			id: number;
			title: string;
			project_id: number;
			project_title: string;
			offered: boolean;
		}>(sql`
			select t.id::int as id, t.title, p.id::int as project_id, p.title as project_title,
				(t.offered_to_id = ${viewer.id} and t.status = 'open') as offered
			from project_tasks t join projects p on p.id = t.project_id
			where (t.assignee_id = ${viewer.id} and t.status = 'claimed')
				or (t.offered_to_id = ${viewer.id} and t.status = 'open')
			order by t.id desc limit 20`),
		db
			.select({
				id: notifications.id,
				kind: notifications.kind,
				title: notifications.title,
				url: notifications.url,
				actor: sql<
					string | null
				>`case when ${members.id} is null or ${members.deletedAt} is not null
					then null else ${publicName(viewer)} end`
			})
			.from(notifications)
			.leftJoin(members, eq(members.id, notifications.actorId))
			.where(
				and(
					eq(notifications.memberId, viewer.id),
					isNull(notifications.readAt),
					sql`${notifications.kind} in ('mention', 'reply', 'comment', 'project-update')`
				)
			)
			.orderBy(desc(notifications.id))
			.limit(10),
		viewer.chapterIds.length
			? db
					.select({ id: posts.id, title: posts.title, slug: posts.slug, at: posts.publishedAt })
					.from(posts)
					.where(
						and(
							visiblePosts(viewer),
							sql`${posts.chapterId} in (${sql.join(
								viewer.chapterIds.map((id) => sql`${id}`),
								sql`, `
							)})`,
							sql`${posts.publishedAt} > now() - interval '14 days'`,
							sql`${posts.authorId} <> ${viewer.id}`,
							sql`not exists (select 1 from notification_follows f where f.member_id = ${viewer.id}
								and f.scope_type = 'chapter' and f.scope_id = ${posts.chapterId} and f.mode = 'mute')`
						)
					)
					.orderBy(desc(posts.publishedAt))
					.limit(5)
			: Promise.resolve([])
	]);

	// Petitions: only where the member is in the decision's electorate (who may sign).
	const petitions: { id: number; title: string; url: string }[] = [];
	for (const p of petitionRows.rows) {
		const ok = await db.execute(
			sql`select 1 from members m where m.id = ${viewer.id} and ${eligibleCondition(
				{ scopeKind: p.scope_kind, scopeId: p.scope_id, electorateCutoff: p.electorate_cutoff },
				tiers
			)}`
		);
		if (ok.rows.length)
			petitions.push({ id: Number(p.id), title: p.title, url: `${decisionUrl(p)}#petition` });
	}

	return {
		votes,
		elections,
		amendments,
		petitions,
		tasks: taskRows.rows.map((t) => ({
			id: Number(t.id),
			title: t.title,
			project: t.project_title,
			offered: t.offered,
			url: `${projectUrl({ id: Number(t.project_id), title: t.project_title })}#task-${t.id}`
		})),
		mentions: mentionRows.map((r) => ({ ...r, kind: r.kind as NotificationKind })),
		activity: postRows.map((p) => ({
			id: p.id,
			title: p.title,
			url: `/posts/${p.id}-${p.slug || slugify(p.title)}`,
			at: p.at
		}))
	};
}

export type YourTurn = Awaited<ReturnType<typeof yourTurn>>;
