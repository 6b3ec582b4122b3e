/**
 * A member's own notifications and channels: mark read, choose mail at once and the digest,
 * follow or mute a chapter, project or decision (only one they may see), and the one-click
 * unsubscribe of a signed link. Nothing here is about anyone else, so nothing is appended to the
 * organisation's log: these are the member's reading settings, like a read mark.
 */
import { z } from 'zod';
import { and, eq, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import {
	chapters,
	DIGEST_FREQUENCIES,
	FOLLOW_SCOPES,
	notificationFollows,
	notifications,
	notificationSettings
} from '$lib/server/db/schema';
import { Invalid, NotFound } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import type { Actor } from '$lib/domain/members/actor';
import { loadDecision } from '$lib/server/decisions/context';
import { loadProject } from '$lib/server/projects/context';
import { Unauthenticated } from '$lib/server/errors';
import { queueLive, flushQueuedLive } from '$lib/server/live/after-commit';
import { readUnsubscribeToken } from './unsubscribe';

function signedIn(actor: Actor | null): Actor {
	if (!actor) throw new Unauthenticated('error_login_required');
	return actor;
}

async function countChanged(memberId: number) {
	queueLive(`member:${memberId}`, { notifications: true });
	await flushQueuedLive();
}

/** Mark one notification read (only one's own: another's answers as missing). */
export async function markRead(db: Db, actor: Actor | null, id: number): Promise<void> {
	const me = signedIn(actor);
	const done = await db
		.update(notifications)
		.set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
		.where(and(eq(notifications.id, id), eq(notifications.memberId, me.id)))
		.returning({ id: notifications.id });
	if (!done.length) throw new NotFound('notify_error_not_found');
	await countChanged(me.id);
}

/** Mark everything read up to the newest the member saw (not what arrived since). */
export async function markAllRead(db: Db, actor: Actor | null, upTo: number): Promise<void> {
	const me = signedIn(actor);
	if (!Number.isSafeInteger(upTo) || upTo < 1) throw new Invalid('error_invalid_value');
	await db
		.update(notifications)
		.set({ readAt: sql`now()` })
		.where(
			and(
				eq(notifications.memberId, me.id),
				isNull(notifications.readAt),
				lte(notifications.id, upTo)
			)
		);
	await countChanged(me.id);
}

const settingsInput = z.object({
	emailNow: z.enum(['on']).optional(),
	digest: z.enum(DIGEST_FREQUENCIES, { error: 'error_invalid_value' })
});

export async function updateNotificationSettings(
	db: Db,
	actor: Actor | null,
	raw: unknown
): Promise<void> {
	const me = signedIn(actor);
	const input = parseInput(settingsInput, raw);
	await db
		.insert(notificationSettings)
		.values({ memberId: me.id, emailNow: input.emailNow === 'on', digest: input.digest })
		.onConflictDoUpdate({
			target: notificationSettings.memberId,
			set: { emailNow: input.emailNow === 'on', digest: input.digest, updatedAt: sql`now()` }
		});
}

const followInput = z.object({
	scopeType: z.enum(FOLLOW_SCOPES, { error: 'error_invalid_value' }),
	scopeId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
	mode: z.enum(['follow', 'mute', 'default'], { error: 'error_invalid_value' })
});

/**
 * Follow, mute or return to the default for one scope. Only a scope the member may see: asking
 * about a hidden one answers as if it did not exist.
 */
export async function setFollow(db: Db, actor: Actor | null, raw: unknown): Promise<void> {
	const me = signedIn(actor);
	const input = parseInput(followInput, raw);
	await assertVisible(db, me, input.scopeType, input.scopeId);
	const key = and(
		eq(notificationFollows.memberId, me.id),
		eq(notificationFollows.scopeType, input.scopeType),
		eq(notificationFollows.scopeId, input.scopeId)
	);
	if (input.mode === 'default') {
		await db.delete(notificationFollows).where(key);
		return;
	}
	await db
		.insert(notificationFollows)
		.values({
			memberId: me.id,
			scopeType: input.scopeType,
			scopeId: input.scopeId,
			mode: input.mode
		})
		.onConflictDoUpdate({
			target: [
				notificationFollows.memberId,
				notificationFollows.scopeType,
				notificationFollows.scopeId
			],
			set: { mode: input.mode }
		});
}

async function assertVisible(db: Db, me: Actor, type: string, id: number) {
	if (type === 'decision') await loadDecision(db, me, id);
	else if (type === 'project') await loadProject(db, me, id);
	else {
		const [c] = await db.select({ id: chapters.id }).from(chapters).where(eq(chapters.id, id));
		if (!c) throw new NotFound('notify_error_not_found');
	}
}

/**
 * The one-click unsubscribe (RFC 8058): a genuine signed link turns that mail off for its member,
 * without logging in; a forged or altered one is refused and changes nothing.
 */
export async function unsubscribe(db: Db, token: string) {
	const found = await readUnsubscribeToken(db, token);
	if (!found) throw new Invalid('notify_error_bad_link');
	const set =
		found.what === 'now'
			? { emailNow: false }
			: found.what === 'digest'
				? { digest: 'off' as const }
				: { emailNow: false, digest: 'off' as const };
	await db
		.update(notificationSettings)
		.set({ ...set, updatedAt: sql`now()` })
		.where(eq(notificationSettings.memberId, found.memberId));
	return found;
}
