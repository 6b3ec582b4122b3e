/**
 * What a member reads of their private messages: their conversations, one conversation, their
 * unread count and their blocks. Every query starts from the member's own participant rows, so
 * nothing here can reach a conversation they are not in (NotFound, like one that does not exist).
 */
import { and, asc, desc, eq, inArray, lt, ne, or, sql } from 'drizzle-orm';
import type { Actor } from '$lib/domain/members/actor';
import type { Queryable } from '$lib/server/db/client';
import {
	conversationMessages,
	conversationParticipants,
	conversations,
	memberBlocks,
	members
} from '$lib/server/db/schema';
import { NotFound } from '$lib/server/errors';
import { profileOpen, publicName } from '$lib/server/members/privacy';
import { renderCommentMarkdown } from '$lib/server/writing/markdown';
import { can } from './policy';
import { blockedBetween } from './blocks';

export const CONVERSATIONS_PER_PAGE = 20;
export const MESSAGES_PER_PAGE = 50;

/** How many of the member's conversations hold a message they have not read (one index count). */
export async function unreadConversations(db: Queryable, memberId: number): Promise<number> {
	const [row] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(conversationParticipants)
		.where(
			and(
				eq(conversationParticipants.memberId, memberId),
				sql`${conversationParticipants.lastMessageId} > ${conversationParticipants.lastReadMessageId}`
			)
		);
	return Number(row?.n ?? 0);
}

/** A place in the list (`timeCursor` in $lib/server/paging): the newest message's time and the
 * conversation's id. Times are kept to the millisecond (written from the message's JavaScript
 * time), so the cursor names them exactly. */
export type ListCursor = { at: Date; id: number };

const cursorOf = (c: { lastMessageAt: Date; id: number }) =>
	`${c.lastMessageAt.toISOString()}_${c.id}`;

/** The names of the other participants of these conversations, as the viewer may see them. */
async function othersIn(db: Queryable, viewer: Actor, ids: number[]) {
	if (!ids.length) return new Map<number, { handle: string; name: string }[]>();
	const rows = await db
		.select({
			conversationId: conversationParticipants.conversationId,
			handle: members.handle,
			name: publicName(viewer)
		})
		.from(conversationParticipants)
		.innerJoin(members, eq(members.id, conversationParticipants.memberId))
		.where(
			and(
				inArray(conversationParticipants.conversationId, ids),
				ne(conversationParticipants.memberId, viewer.id)
			)
		)
		.orderBy(asc(conversationParticipants.joinedAt), asc(members.id));
	const out = new Map<number, { handle: string; name: string }[]>();
	for (const r of rows) {
		const list = out.get(r.conversationId) ?? [];
		list.push({ handle: r.handle, name: r.name });
		out.set(r.conversationId, list);
	}
	return out;
}

/** The member's conversations, the newest message first, keyset-paged. */
export async function conversationList(db: Queryable, viewer: Actor, before?: ListCursor) {
	const p = conversationParticipants;
	const rows = await db
		.select({
			id: p.conversationId,
			subject: conversations.subject,
			lastMessageAt: p.lastMessageAt,
			unread: sql<number>`(select count(*)::int from ${conversationMessages} cm
				where cm.conversation_id = ${p.conversationId} and cm.id > ${p.lastReadMessageId}
					and cm.author_id <> ${viewer.id})`
		})
		.from(p)
		.innerJoin(conversations, eq(conversations.id, p.conversationId))
		.where(
			and(
				eq(p.memberId, viewer.id),
				before
					? or(
							lt(p.lastMessageAt, before.at),
							and(eq(p.lastMessageAt, before.at), lt(p.conversationId, before.id))
						)
					: undefined
			)
		)
		.orderBy(desc(p.lastMessageAt), desc(p.conversationId))
		.limit(CONVERSATIONS_PER_PAGE + 1);
	const more = rows.length > CONVERSATIONS_PER_PAGE;
	if (more) rows.pop();
	const others = await othersIn(
		db,
		viewer,
		rows.map((r) => r.id)
	);
	return {
		conversations: rows.map((r) => ({
			...r,
			unread: Number(r.unread),
			with: others.get(r.id) ?? []
		})),
		next: more ? cursorOf(rows[rows.length - 1]) : null
	};
}

/**
 * One conversation for one of its participants: its members, and its messages (the newest
 * MESSAGES_PER_PAGE before `before`, oldest first). A message a jury hid, or whose author took
 * their writing with them, shows as such, without its text.
 */
export async function conversationView(
	db: Queryable,
	viewer: Actor,
	id: number,
	before?: number
) {
	const [mine] = await db
		.select({
			lastReadMessageId: conversationParticipants.lastReadMessageId,
			lastMessageId: conversationParticipants.lastMessageId
		})
		.from(conversationParticipants)
		.where(
			and(
				eq(conversationParticipants.conversationId, id),
				eq(conversationParticipants.memberId, viewer.id)
			)
		);
	if (!can(viewer, 'read', { participant: !!mine, blocked: false }))
		throw new NotFound('message_error_not_found');
	const [conversation] = await db
		.select({ id: conversations.id, subject: conversations.subject })
		.from(conversations)
		.where(eq(conversations.id, id));
	const people = await db
		.select({
			id: members.id,
			handle: members.handle,
			name: publicName(viewer),
			profile: profileOpen(viewer),
			blockedByMe: sql<boolean>`exists (select 1 from ${memberBlocks} b
				where b.blocker_id = ${viewer.id} and b.blocked_id = ${members.id})`
		})
		.from(conversationParticipants)
		.innerJoin(members, eq(members.id, conversationParticipants.memberId))
		.where(eq(conversationParticipants.conversationId, id))
		.orderBy(asc(conversationParticipants.joinedAt), asc(members.id));
	const others = people.filter((p) => p.id !== viewer.id);
	const rows = await db
		.select({
			id: conversationMessages.id,
			authorId: conversationMessages.authorId,
			handle: members.handle,
			name: publicName(viewer),
			body: conversationMessages.body,
			hiddenAt: conversationMessages.hiddenAt,
			deletedAt: conversationMessages.deletedAt,
			createdAt: conversationMessages.createdAt
		})
		.from(conversationMessages)
		.innerJoin(members, eq(members.id, conversationMessages.authorId))
		.where(
			and(
				eq(conversationMessages.conversationId, id),
				before ? lt(conversationMessages.id, before) : undefined
			)
		)
		.orderBy(desc(conversationMessages.id))
		.limit(MESSAGES_PER_PAGE + 1);
	const more = rows.length > MESSAGES_PER_PAGE;
	if (more) rows.pop();
	rows.reverse();
	return {
		conversation,
		participants: others.map((p) => ({
			handle: p.handle,
			name: p.name,
			profile: p.profile,
			blockedByMe: p.blockedByMe
		})),
		canReply: can(viewer, 'send', {
			participant: true,
			blocked: await blockedBetween(
				db,
				viewer.id,
				others.map((p) => p.id)
			)
		}),
		messages: rows.map((r) => ({
			id: r.id,
			own: r.authorId === viewer.id,
			author: { handle: r.handle, name: r.name },
			html: r.hiddenAt || r.deletedAt ? null : renderCommentMarkdown(r.body),
			hidden: !!r.hiddenAt,
			deleted: !!r.deletedAt,
			unread: r.id > Number(mine.lastReadMessageId) && r.authorId !== viewer.id,
			createdAt: r.createdAt
		})),
		/** Earlier messages: the `before` of the next page back. */
		earlier: more ? rows[0].id : null,
		newestId: Number(mine.lastMessageId)
	};
}

/** The members the viewer blocked, newest first. */
export async function blockList(db: Queryable, viewer: Actor) {
	return db
		.select({ handle: members.handle, name: publicName(viewer), since: memberBlocks.createdAt })
		.from(memberBlocks)
		.innerJoin(members, eq(members.id, memberBlocks.blockedId))
		.where(eq(memberBlocks.blockerId, viewer.id))
		.orderBy(desc(memberBlocks.createdAt));
}

/** Has the viewer blocked this member? (Never asked the other way round: that is not theirs.) */
export async function hasBlocked(db: Queryable, viewerId: number, memberId: number) {
	const rows = await db
		.select({ id: memberBlocks.blockedId })
		.from(memberBlocks)
		.where(and(eq(memberBlocks.blockerId, viewerId), eq(memberBlocks.blockedId, memberId)));
	return rows.length > 0;
}

/**
 * For the member's own data export: every conversation they take part in, with its participants'
 * handles and all its messages (what others wrote to them is part of their correspondence). A
 * message hidden by a jury or removed with its author's writing is exported without its text.
 */
export async function conversationsForExport(db: Queryable, memberId: number) {
	const { rows } = await db.execute<{
		id: number;
		subject: string;
		participants: string[];
		messages: unknown;
	}>(sql`
		select c.id::int as id, c.subject,
			(select array_agg(m.handle order by p2.joined_at, m.id) from conversation_participants p2
				join members m on m.id = p2.member_id where p2.conversation_id = c.id) as participants,
			(select coalesce(json_agg(json_build_object(
					'id', cm.id, 'author', m.handle, 'createdAt', cm.created_at,
					'body', case when cm.hidden_at is null and cm.deleted_at is null then cm.body end,
					'hidden', cm.hidden_at is not null) order by cm.id), '[]'::json)
				from conversation_messages cm join members m on m.id = cm.author_id
				where cm.conversation_id = c.id) as messages
		from conversation_participants p join conversations c on c.id = p.conversation_id
		where p.member_id = ${memberId}
		order by c.id`);
	return rows;
}
