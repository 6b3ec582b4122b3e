import { eq } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { chapterMemberships } from '$lib/server/db/schema';
import type { Actor } from '$lib/server/members/policy';
import type { Reader } from './policy';

/** The actor with the chapters they belong to (what chapter-only visibility needs). */
export async function readerFor(db: Queryable, actor: Actor | null): Promise<Reader> {
	if (!actor) return null;
	const rows = await db
		.select({ chapterId: chapterMemberships.chapterId })
		.from(chapterMemberships)
		.where(eq(chapterMemberships.memberId, actor.id));
	return { ...actor, chapterIds: rows.map((r) => r.chapterId) };
}
