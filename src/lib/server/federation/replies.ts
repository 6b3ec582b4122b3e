import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { remoteActors, remoteReplies } from '$lib/server/db/schema';
import { config } from '$lib/server/config';
import { writingLimits } from '$lib/server/writing/settings';
import { httpUrl } from './text';

/**
 * Replies from other servers under a post, oldest first, as plain text; those a jury hid are left
 * out, those flagged enough fold until a jury has looked, as comments do.
 */
export async function repliesOf(db: Queryable, postId: number) {
	if (!config().federation.enabled) return [];
	const { flagThreshold } = await writingLimits(db);
	const rows = await db
		.select({
			id: remoteReplies.id,
			text: remoteReplies.text,
			url: remoteReplies.url,
			createdAt: remoteReplies.createdAt,
			collapsed: sql<boolean>`${remoteReplies.flagCount} >= ${flagThreshold} and ${remoteReplies.reviewedAt} is null`,
			name: remoteActors.name,
			handle: remoteActors.handle,
			profile: remoteActors.url
		})
		.from(remoteReplies)
		.innerJoin(remoteActors, eq(remoteActors.id, remoteReplies.remoteActorId))
		.where(and(eq(remoteReplies.postId, postId), isNull(remoteReplies.hiddenAt)))
		.orderBy(asc(remoteReplies.id))
		.limit(200);
	// Links from another server are shown only if they are plain web links.
	return rows.map((r) => ({
		...r,
		collapsed: !!r.collapsed,
		url: httpUrl(r.url),
		profile: httpUrl(r.profile)
	}));
}
