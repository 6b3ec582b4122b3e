/**
 * Demo notification histories: what the routing table would have written while the demo's
 * history happened. Votes open to the demo's first members (the demo login among them), replies
 * to their comments, mentions, closed decisions for their authors and project news for project
 * members; older ones read and already carried by a digest, the newest unread. Written straight
 * from the demo's rows, deterministically; demo members get no notification mail.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { DEMO_EMAIL } from './demo-people';

/** How many of the demo's members get a history (the demo login always does). */
const WITH_HISTORY = 300;

export async function seedDemoNotifications(db: Db) {
	// The demo's addresses are made up: its members read their notifications in the centre, and no
	// mail (at once or digest) goes to them. Members who join later get the defaults.
	await db.execute(sql`
		insert into notification_settings (member_id, email_now, digest)
		select id, false, 'off' from members
		on conflict (member_id) do update set email_now = false, digest = 'off'`);
	await db.execute(sql`
		with chosen as (
			select id from members where email = ${DEMO_EMAIL}
			union (select id from members where deleted_at is null order by id limit ${WITH_HISTORY})
		),
		open_votes as (
			select c.id as member_id, 'vote-open' as kind, null::bigint as actor_id, 'decision' as subject_type,
				d.id as subject_id, d.title, '/decisions/' || d.id || '-' || d.slug || '#vote' as url,
				'demo:vote:' || d.id as dedupe_key, true as urgent, d.phase_changed_at as created_at
			from decisions d cross join chosen c
			where d.phase = 'voting' and d.scope_kind = 'organisation'
		),
		closed as (
			select a.member_id, 'decision-closed', null::bigint, 'decision', d.id, d.title,
				'/decisions/' || d.id || '-' || d.slug, 'demo:closed:' || d.id, false, d.closed_at
			from decisions d join decision_authors a on a.decision_id = d.id
			where d.phase = 'closed' and d.closed_at is not null
		),
		replies as (
			select p.author_id, 'reply', c.author_id, c.subject_type, c.subject_id,
				coalesce(po.title, d.title, pr.title, ''),
				case c.subject_type
					when 'post' then '/posts/' || po.id || '-' || po.slug
					when 'decision' then '/decisions/' || d.id || '-' || d.slug
					else '/projects/' || pr.id end || '#comment-' || c.id,
				'demo:reply:' || c.id, false, c.created_at
			from comments c join comments p on p.id = c.parent_id
			left join posts po on c.subject_type = 'post' and po.id = c.subject_id
			left join decisions d on c.subject_type = 'decision' and d.id = c.subject_id
			left join projects pr on c.subject_type = 'project' and pr.id = c.subject_id
			where c.deleted_at is null and p.author_id <> c.author_id
				and c.subject_type in ('post', 'decision', 'project')
				and (po.id is null or (po.status = 'published' and po.visibility in ('public', 'members')))
				and (pr.id is null or pr.visibility = 'public')
		),
		mentions as (
			select m.id, 'mention', c.author_id, 'post', po.id, po.title,
				'/posts/' || po.id || '-' || po.slug || '#comment-' || c.id,
				'demo:mention:' || c.id, true, c.created_at
			from comments c join posts po on c.subject_type = 'post' and po.id = c.subject_id
			join members m on c.body like '%@' || m.handle || '%'
			where c.deleted_at is null and po.status = 'published' and po.visibility in ('public', 'members')
				and m.id <> c.author_id
		),
		everything as (
			select * from open_votes union all select * from closed
			union all select * from replies union all select * from mentions
		)
		insert into notifications (member_id, kind, actor_id, subject_type, subject_id, title, url,
			dedupe_key, urgent, created_at, read_at, mailed_at)
		select e.member_id, e.kind, e.actor_id, e.subject_type, e.subject_id, e.title, e.url, e.dedupe_key,
			e.urgent, e.created_at,
			-- Older than three days: read, and mailed (at once or in a digest) back then.
			case when e.created_at < now() - interval '3 days' then e.created_at + interval '5 hours' end,
			case when e.created_at < now() - interval '3 days' or e.urgent then e.created_at + interval '1 hour' end
		from everything e
		where e.created_at is not null
		on conflict (member_id, dedupe_key) do nothing`);
}
