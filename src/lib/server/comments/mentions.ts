import { and, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { members } from '$lib/server/db/schema';
import { isCurrentMember } from '$lib/server/members/privacy';
import type { AppEvent } from '$lib/server/events/append';
import { eventAbout } from '$lib/server/events/about';

const MENTION = /(?<![\p{L}\p{N}_@/])@([A-Za-z0-9_]{2,30})/gu;

/** The handles a text mentions (`@handle`), without duplicates, and never inside code. */
export function mentionedHandles(text: string): string[] {
	const withoutCode = text.replace(/```[\s\S]*?```|`[^`]*`/g, '');
	return [...new Set([...withoutCode.matchAll(MENTION)].map((m) => m[1].toLowerCase()))].slice(
		0,
		20
	);
}

/** The members a comment mentions (not its author), as ids for their `member.mentioned` events. */
export async function mentionedMembers(
	tx: Queryable,
	authorId: number,
	body: string
): Promise<number[]> {
	const handles = mentionedHandles(body);
	if (!handles.length) return [];
	const found = await tx
		.select({ id: members.id })
		.from(members)
		// Only confirmed, current accounts: an unconfirmed sign-up is nobody yet.
		.where(and(inArray(sql`lower(${members.handle})`, handles), isCurrentMember));
	return found.map((m) => m.id).filter((id) => id !== authorId);
}

export function mentionEvents(actorId: number, commentId: number, memberIds: number[]): AppEvent[] {
	return memberIds.map((memberId) =>
		eventAbout('comment', commentId, actorId, { type: 'member.mentioned', data: { memberId } })
	);
}
