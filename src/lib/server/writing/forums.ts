/**
 * A chapter's forums, managed by those holding the `manage-forums` right there (its facilitators,
 * by their mandate; the organisation's forums by an organisation-wide mandate). A forum is named,
 * renamed and archived, never deleted: an archived forum keeps its threads readable and takes no
 * new ones. Its address (slug) is fixed when it is made, so links to it keep working after a rename.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { chapters, forumCategories } from '$lib/server/db/schema';
import { may, type Actor, type ScopeRef } from '$lib/domain/members/actor';
import { command } from '$lib/server/command';
import { NotFound } from '$lib/server/errors';
import { eventAbout } from '$lib/server/events/about';
import { slugify } from '$lib/server/refs';
import { parseInput } from '$lib/server/validation';
import { forumArchiveInput, forumInput } from '$lib/schemas/forums';

const placeOf = (chapterId: number | null): ScopeRef =>
	chapterId === null ? { kind: 'organisation' } : { kind: 'chapter', id: chapterId };

/** May the actor create and manage the forums of this chapter (null: the organisation's)? */
export function mayManageForums(actor: Actor | null, chapterId: number | null): boolean {
	return may(actor, 'manage-forums', placeOf(chapterId));
}

async function loadChapter(tx: Queryable, chapterId: number) {
	const [chapter] = await tx
		.select({ id: chapters.id, slug: chapters.slug })
		.from(chapters)
		.where(eq(chapters.id, chapterId));
	if (!chapter) throw new NotFound('error_chapter_not_found');
	return chapter;
}

async function loadForum(tx: Queryable, forumId: number, chapterId: number) {
	const [forum] = await tx
		.select({ id: forumCategories.id, chapterId: forumCategories.chapterId })
		.from(forumCategories)
		.where(and(eq(forumCategories.id, forumId), eq(forumCategories.chapterId, chapterId)))
		.for('update');
	if (!forum) throw new NotFound('forum_error_not_found');
	return forum;
}

/** A new forum in the chapter, after its others. */
export const createForum = command({
	input: (chapterId: number, raw: unknown) => ({ chapterId, ...parseInput(forumInput, raw) }),
	load: (tx, _actor, { chapterId }) => loadChapter(tx, chapterId),
	allow: (actor, chapter) => mayManageForums(actor, chapter.id),
	run: async (tx, _actor, chapter, input) => {
		const [row] = await tx
			.insert(forumCategories)
			.values({
				chapterId: chapter.id,
				slug: `${chapter.slug}-${slugify(input.name)}`.slice(0, 120),
				name: input.name,
				description: input.description,
				position: sql`(select coalesce(max(position), 0) + 1 from forum_categories where chapter_id = ${chapter.id})`
			})
			.returning({ id: forumCategories.id, slug: forumCategories.slug });
		return row;
	},
	event: (forum, chapter, _input, actor) =>
		eventAbout('forum', forum.id, actor.id, {
			type: 'forum.created',
			data: { chapterId: chapter.id }
		}),
	conflicts: {
		forum_categories_slug_key: { message: 'error_form', fields: { name: 'forum_error_name_taken' } }
	}
});

/** Rename a forum or change its description (its address stays). */
export const renameForum = command({
	input: (chapterId: number, forumId: unknown, raw: unknown) => ({
		chapterId,
		forumId: parseInput(forumArchiveInput.pick({ forum: true }), { forum: forumId }).forum,
		...parseInput(forumInput, raw)
	}),
	load: (tx, _actor, { forumId, chapterId }) => loadForum(tx, forumId, chapterId),
	allow: (actor, forum) => mayManageForums(actor, forum.chapterId),
	run: async (tx, _actor, forum, input) => {
		await tx
			.update(forumCategories)
			.set({ name: input.name, description: input.description })
			.where(eq(forumCategories.id, forum.id));
	},
	event: (_out, forum, _input, actor) =>
		eventAbout('forum', forum.id, actor.id, { type: 'forum.renamed' })
});

/** Archive a forum (no new threads; what it holds stays readable), or bring it back. */
export const archiveForum = command({
	input: (chapterId: number, raw: unknown) => ({
		chapterId,
		...parseInput(forumArchiveInput, raw)
	}),
	load: (tx, _actor, { forum, chapterId }) => loadForum(tx, forum, chapterId),
	allow: (actor, forum) => mayManageForums(actor, forum.chapterId),
	run: async (tx, _actor, forum, { archived }) => {
		await tx
			.update(forumCategories)
			.set({ archivedAt: archived ? sql`now()` : null })
			.where(eq(forumCategories.id, forum.id));
	},
	event: (_out, forum, { archived }, actor) =>
		eventAbout('forum', forum.id, actor.id, { type: 'forum.archived', data: { archived } })
});

/** A chapter's forums page: every forum, archived ones last, and whether the reader manages them. */
export async function chapterForums(db: Queryable, actor: Actor | null, slug: string) {
	const [chapter] = await db
		.select({
			id: chapters.id,
			slug: chapters.slug,
			name: chapters.name,
			kind: chapters.kind,
			country: chapters.country
		})
		.from(chapters)
		.where(eq(chapters.slug, slug.slice(0, 200)));
	if (!chapter || chapter.kind === 'organisation') throw new NotFound('error_chapter_not_found');
	const forums = await db
		.select({
			id: forumCategories.id,
			slug: forumCategories.slug,
			name: forumCategories.name,
			description: forumCategories.description,
			archived: sql<boolean>`${forumCategories.archivedAt} is not null`,
			threads: sql<number>`(select count(*)::int from forum_threads t where t.category_id = ${forumCategories.id})`
		})
		.from(forumCategories)
		.where(eq(forumCategories.chapterId, chapter.id))
		.orderBy(sql`${forumCategories.archivedAt} nulls first`, asc(forumCategories.position))
		.limit(200);
	return { chapter, forums, canManage: mayManageForums(actor, chapter.id) };
}
