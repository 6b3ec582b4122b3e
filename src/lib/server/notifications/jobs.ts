/**
 * The scheduler's notification jobs: a reminder for a vote the member has not cast that closes
 * within 24 hours (mailed at once), and the daily and weekly digests, built in batches of members
 * so a big organisation's digest never holds the database for long nor starves page requests.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { mailOutbox } from '$lib/server/db/schema';
import { eligibleCondition, votingTiers } from '$lib/server/decisions/eligibility';
import { flushQueuedLive } from '$lib/server/live/after-commit';
import { writeNotifications, keysFor } from './deliver';
import { digestMail, siteOrigin, type MailItem } from './mail';
import type { NotificationKind } from './kinds';
import { decisionUrl } from './routing';

/** Remind each eligible member who has not voted, once per decision (the dedupe key). */
export async function remindClosingVotes(db: Db, now = new Date()): Promise<number> {
	const due = await db.execute<{
		id: number;
		title: string;
		scope_kind: string;
		scope_id: number | null;
		electorate_cutoff: Date | null;
	}>(sql`
		select id::int as id, title, scope_kind, scope_id::int as scope_id, electorate_cutoff
		from decisions
		where phase = 'voting' and voting_ends_at > ${now.toISOString()}::timestamptz
			and voting_ends_at <= ${now.toISOString()}::timestamptz + interval '24 hours'`);
	const tiers = await votingTiers(db);
	let written = 0;
	for (const d of due.rows) {
		written += await db.transaction(async (tx) => {
			const waiting = await tx.execute<{ id: number }>(sql`
				select m.id::int as id from members m
				where ${eligibleCondition({ scopeKind: d.scope_kind, scopeId: d.scope_id, electorateCutoff: d.electorate_cutoff }, tiers)}
					and not exists (select 1 from ballots b where b.decision_id = ${d.id} and b.voter_id = m.id and b.superseded_at is null)
					and not exists (select 1 from ballot_credentials bc where bc.subject_kind = 'decision'
						and bc.subject_id = ${d.id} and bc.member_id = m.id)
					and not exists (select 1 from notifications n where n.member_id = m.id
						and n.dedupe_key = ${`closing:${d.id}`})`);
			const ids = await writeNotifications(tx, {
				kind: 'vote-closing',
				urgent: true,
				actorId: null,
				dedupeKey: `closing:${d.id}`,
				deliveries: waiting.rows.map((r) => ({
					memberId: Number(r.id),
					subjectType: 'decision',
					subjectId: Number(d.id),
					title: d.title,
					url: `${decisionUrl(d)}#vote`,
					scope: { type: 'decision', id: Number(d.id) },
					addressed: false
				}))
			});
			return ids.length;
		});
		await flushQueuedLive();
	}
	return written;
}

export const DIGEST_BATCH = 200;

type Due = { id: number; email: string; locale: string; digest: 'daily' | 'weekly'; since: Date };

/**
 * Build the digests due now. Members are taken in id order, `batch` at a time; each batch is one
 * transaction (its mails queued, its notifications marked as mailed, its members' last digest
 * moved on), so a crash loses or repeats no batch. Between batches the job yields, so requests
 * waiting for the database get their turn.
 */
export async function buildDigests(
	db: Db,
	{ now = new Date(), batch = DIGEST_BATCH, origin = siteOrigin() } = {}
): Promise<{ members: number; mails: number }> {
	let after = 0;
	let membersSeen = 0;
	let mails = 0;
	const at = now.toISOString();
	for (;;) {
		const due = await db.execute<Due>(sql`
			select m.id::int as id, m.email, m.locale, coalesce(s.digest, 'daily') as digest,
				coalesce(s.last_digest_at,
					${at}::timestamptz - case when coalesce(s.digest, 'daily') = 'weekly'
						then interval '7 days' else interval '1 day' end) as since
			from members m left join notification_settings s on s.member_id = m.id
			where m.id > ${after} and m.deleted_at is null and m.email_verified_at is not null
				and m.lapsed_at is null and coalesce(s.digest, 'daily') <> 'off'
				and (s.last_digest_at is null or s.last_digest_at <= ${at}::timestamptz
					- case when s.digest = 'weekly' then interval '7 days' else interval '1 day' end
					+ interval '10 minutes')
			order by m.id limit ${batch}`);
		if (!due.rows.length) break;
		after = Number(due.rows.at(-1)!.id);
		membersSeen += due.rows.length;
		mails += await digestBatch(db, due.rows, at, origin);
		await new Promise((resolve) => setImmediate(resolve));
	}
	return { members: membersSeen, mails };
}

async function digestBatch(db: Db, due: Due[], at: string, origin: string): Promise<number> {
	const ids = sql.join(
		due.map((d) => sql`${Number(d.id)}`),
		sql`, `
	);
	return db.transaction(async (tx) => {
		// One query at a time: a transaction is one connection.
		const items = await tx.execute<{
			member_id: number;
			kind: NotificationKind;
			title: string;
			url: string;
		}>(sql`
				select member_id::int as member_id, kind, title, url from notifications
				where member_id in (${ids}) and mailed_at is null and created_at <= ${at}::timestamptz
				order by member_id, id desc`);
		// New posts in the member's chapters since their last digest (never their own, never a
		// muted chapter's); all of them are visible to a member of the chapter.
		const activity = await tx.execute<{
			member_id: number;
			id: number;
			title: string;
			slug: string;
			published_at: Date;
		}>(sql`
				select cm.member_id::int as member_id, p.id::int as id, p.title, p.slug, p.published_at
				from chapter_memberships cm
				join posts p on p.chapter_id = cm.chapter_id and p.status = 'published'
					and p.visibility in ('public', 'members', 'chapter') and p.author_id <> cm.member_id
					and p.published_at <= ${at}::timestamptz
					and p.published_at > ${at}::timestamptz - interval '7 days'
				where cm.member_id in (${ids})
					and not exists (select 1 from notification_follows f where f.member_id = cm.member_id
						and f.scope_type = 'chapter' and f.scope_id = cm.chapter_id and f.mode = 'mute')
				order by p.published_at desc`);
		const byMember = new Map<number, MailItem[]>();
		for (const r of items.rows) {
			const list = byMember.get(Number(r.member_id)) ?? [];
			if (list.length < 50) list.push({ kind: r.kind, title: r.title, url: r.url });
			byMember.set(Number(r.member_id), list);
		}
		const posts = new Map<number, { title: string; url: string }[]>();
		for (const d of due) posts.set(Number(d.id), []);
		const dueById = new Map(due.map((d) => [Number(d.id), d]));
		for (const r of activity.rows) {
			const member = dueById.get(Number(r.member_id));
			if (!member || new Date(r.published_at) <= new Date(member.since)) continue;
			const list = posts.get(Number(r.member_id))!;
			if (list.length < 10) list.push({ title: r.title, url: `/posts/${r.id}-${r.slug}` });
		}
		const sending = due.filter(
			(d) => byMember.has(Number(d.id)) || posts.get(Number(d.id))!.length
		);
		if (!sending.length) return 0;
		const keys = await keysFor(
			tx,
			sending.map((d) => Number(d.id))
		);
		// One insert for the batch's mails: a batch holds the database for as short a time as it can.
		await tx.insert(mailOutbox).values(
			sending.map((d) => {
				const id = Number(d.id);
				const mail = digestMail(
					{ id, email: d.email, locale: d.locale, key: keys.get(id)! },
					byMember.get(id) ?? [],
					posts.get(id) ?? [],
					d.digest === 'weekly',
					origin
				);
				return {
					toAddress: mail.to,
					subject: mail.subject,
					textBody: mail.text,
					headers: mail.headers
				};
			})
		);
		const sent = sql.join(
			sending.map((d) => sql`${Number(d.id)}`),
			sql`, `
		);
		await tx.execute(sql`
			update notifications set mailed_at = ${at}::timestamptz
			where member_id in (${sent}) and mailed_at is null and created_at <= ${at}::timestamptz`);
		await tx.execute(sql`
			update notification_settings set last_digest_at = ${at}::timestamptz
			where member_id in (${sent})`);
		return sending.length;
	});
}
