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

/** A readable URL part from a title; any script's letters are kept. */
export function slugify(title: string): string {
	const slug = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return slug || 'post';
}

/** `/posts/12-some-title` → 12. */
export function idFromRef(ref: string): number | null {
	const match = /^(\d{1,15})(?:-|$)/.exec(ref);
	return match ? Number(match[1]) : null;
}
