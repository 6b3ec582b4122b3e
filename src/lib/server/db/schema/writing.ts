import { sql, type SQL } from 'drizzle-orm';
import {
	bigint,
	boolean,
	customType,
	index,
	integer,
	jsonb,
	pgTable,
	text,
	timestamp,
	uniqueIndex,
	type AnyPgColumn
} from 'drizzle-orm/pg-core';
import { FLAG_REASONS } from '../../../schemas/writing';
import { chapters } from './chapters';
import { atLeast, oneOf } from './checks';
import { members } from './members';

/** PostgreSQL's tsvector, kept as a generated column for full-text search. */
export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** The languages with a stemmer of their own, and PostgreSQL's text-search configuration for each. */
const SEARCH_CONFIGS: Record<string, string> = {
	en: 'english',
	es: 'spanish',
	ar: 'arabic',
	fr: 'french',
	de: 'german',
	pt: 'portuguese',
	it: 'italian'
};

/** Languages with their own stemmer; others are searched with `simple`. */
export const SEARCH_LANGUAGES = Object.keys(SEARCH_CONFIGS);

/**
 * The text-search configuration a query in this language is read with: the one its documents were
 * indexed with, so a stemmed word meets its own stem. `simple` (word for word) for the others.
 */
export const searchConfigFor = (language: string | null | undefined): string =>
	(language && Object.hasOwn(SEARCH_CONFIGS, language) ? SEARCH_CONFIGS[language] : null) ??
	'simple';

/**
 * The text-search configuration for a language tag, as an immutable SQL expression (so it can
 * be used in a generated column). Languages without a stemmer fall back to `simple`.
 */
const configCase = (language: string) =>
	`(case ${language} ${Object.entries(SEARCH_CONFIGS)
		.map(([tag, config]) => `when '${tag}' then '${config}'::regconfig`)
		.join(' ')} else 'simple'::regconfig end)`;

/** Weighted document: the language's stemmed words plus the `simple` (unstemmed) ones. */
export function documentSql(language: string, title: string | null, body: string): SQL {
	const cfg = configCase(language);
	const t = title
		? `setweight(to_tsvector(${cfg}, coalesce(${title}, '')), 'A') || setweight(to_tsvector('simple'::regconfig, coalesce(${title}, '')), 'A') || `
		: '';
	return sql.raw(
		`${t}setweight(to_tsvector(${cfg}, coalesce(${body}, '')), 'B') || setweight(to_tsvector('simple'::regconfig, coalesce(${body}, '')), 'D')`
	);
}

/** A member's blog post, a chapter's news or the organisation's blog. */
export const POST_KINDS = ['blog', 'chapter', 'organisation'] as const;
export type PostKind = (typeof POST_KINDS)[number];
/** Who reads a post or a project: anyone, members, or the members of its chapter. */
export const VISIBILITIES = ['public', 'members', 'chapter'] as const;
export type Visibility = (typeof VISIBILITIES)[number];
export const POST_STATUSES = ['draft', 'published'] as const;
export type PostStatus = (typeof POST_STATUSES)[number];
/** What comments can be on (each registers itself with comments). */
export const COMMENT_SUBJECT_TYPES = ['post', 'thread', 'decision', 'project', 'election'] as const;
export type CommentSubjectType = (typeof COMMENT_SUBJECT_TYPES)[number];
/** What members can flag (`remote-reply`: a reply from another server, federation/moderated.ts). */
export const FLAG_SUBJECT_TYPES = ['comment', 'post', 'thread', 'message', 'remote-reply'] as const;
export type FlagSubjectType = (typeof FLAG_SUBJECT_TYPES)[number];
export type FlagReason = (typeof FLAG_REASONS)[number];
export const IMAGE_PURPOSES = ['avatar', 'post'] as const;
export type ImagePurpose = (typeof IMAGE_PURPOSES)[number];

/**
 * Blog posts: a member's blog (`blog`), a chapter's news (`chapter`) or the organisation's blog
 * (`organisation`). Edits keep every version in `post_versions`.
 */
export const posts = pgTable(
	'posts',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		kind: text('kind').notNull(),
		authorId: bigint('author_id', { mode: 'number' })
			.notNull()
			.references(() => members.id),
		chapterId: bigint('chapter_id', { mode: 'number' }).references(() => chapters.id),
		title: text('title').notNull(),
		slug: text('slug').notNull(),
		body: text('body').notNull(),
		language: text('language').notNull().default('en'),
		tags: text('tags')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		/** public | members | chapter (readers: members of `chapter_id`). */
		visibility: text('visibility').notNull().default('public'),
		status: text('status').$type<PostStatus>().notNull().default('draft'),
		version: integer('version').notNull().default(1),
		slowModeSeconds: integer('slow_mode_seconds').notNull().default(0),
		commentsLocked: boolean('comments_locked').notNull().default(false),
		flagCount: integer('flag_count').notNull().default(0),
		reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
		/** Hidden by a moderation jury's verdict (moderation/cases.ts); null while shown. */
		hiddenAt: timestamp('hidden_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		publishedAt: timestamp('published_at', { withTimezone: true }),
		search: tsvector('search')
			.notNull()
			.generatedAlwaysAs(documentSql('language', 'title', 'body'))
	},
	(t) => [
		index('posts_published_idx')
			.on(t.publishedAt.desc(), t.id.desc())
			.where(sql`status = 'published'`),
		index('posts_kind_published_idx')
			.on(t.kind, t.publishedAt.desc(), t.id.desc())
			.where(sql`status = 'published'`),
		index('posts_author_idx').on(t.authorId, t.createdAt.desc(), t.id.desc()),
		index('posts_chapter_idx').on(t.chapterId, t.publishedAt.desc(), t.id.desc()),
		index('posts_tags_idx').using('gin', t.tags),
		index('posts_search_idx').using('gin', t.search),
		oneOf('posts_kind_check', t.kind, POST_KINDS),
		oneOf('posts_visibility_check', t.visibility, VISIBILITIES),
		oneOf('posts_status_check', t.status, POST_STATUSES),
		atLeast('posts_slow_mode_check', t.slowModeSeconds, 0)
	]
);

export const postVersions = pgTable(
	'post_versions',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		postId: bigint('post_id', { mode: 'number' })
			.notNull()
			.references(() => posts.id, { onDelete: 'cascade' }),
		version: integer('version').notNull(),
		title: text('title').notNull(),
		body: text('body').notNull(),
		tags: text('tags').array().notNull(),
		editorId: bigint('editor_id', { mode: 'number' }).references(() => members.id),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('post_versions_post_version_key').on(t.postId, t.version)]
);

/** Forum categories: the organisation's (no chapter) and each chapter's. */
export const forumCategories = pgTable(
	'forum_categories',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		chapterId: bigint('chapter_id', { mode: 'number' }).references(() => chapters.id, {
			onDelete: 'cascade'
		}),
		slug: text('slug').notNull(),
		name: text('name').notNull(),
		description: text('description').notNull().default(''),
		position: integer('position').notNull().default(0),
		/** An archived forum stays readable but takes no new threads. */
		archivedAt: timestamp('archived_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('forum_categories_slug_key').on(t.slug),
		index('forum_categories_chapter_idx').on(t.chapterId, t.position)
	]
);

export const forumThreads = pgTable(
	'forum_threads',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		categoryId: bigint('category_id', { mode: 'number' })
			.notNull()
			.references(() => forumCategories.id, { onDelete: 'cascade' }),
		authorId: bigint('author_id', { mode: 'number' })
			.notNull()
			.references(() => members.id),
		title: text('title').notNull(),
		body: text('body').notNull(),
		language: text('language').notNull().default('en'),
		pinned: boolean('pinned').notNull().default(false),
		locked: boolean('locked').notNull().default(false),
		slowModeSeconds: integer('slow_mode_seconds').notNull().default(0),
		commentCount: integer('comment_count').notNull().default(0),
		flagCount: integer('flag_count').notNull().default(0),
		reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
		/** Hidden by a moderation jury's verdict (moderation/cases.ts); null while shown. */
		hiddenAt: timestamp('hidden_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		lastActivityAt: timestamp('last_activity_at', { withTimezone: true }).notNull().defaultNow(),
		search: tsvector('search')
			.notNull()
			.generatedAlwaysAs(documentSql('language', 'title', 'body'))
	},
	(t) => [
		index('forum_threads_category_idx').on(
			t.categoryId,
			t.pinned.desc(),
			t.lastActivityAt.desc(),
			t.id.desc()
		),
		index('forum_threads_search_idx').using('gin', t.search),
		atLeast('forum_threads_slow_mode_check', t.slowModeSeconds, 0)
	]
);

/**
 * Comments on anything (`subject_type`: post, thread, decision, project). Replies point at
 * their parent and carry the top-level comment (`root_id`) so a page of threads loads in two
 * queries. Deleting leaves a tombstone; edits keep their versions.
 */
export const comments = pgTable(
	'comments',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		subjectType: text('subject_type').notNull(),
		subjectId: bigint('subject_id', { mode: 'number' }).notNull(),
		parentId: bigint('parent_id', { mode: 'number' }).references((): AnyPgColumn => comments.id),
		rootId: bigint('root_id', { mode: 'number' }).references((): AnyPgColumn => comments.id),
		depth: integer('depth').notNull().default(0),
		authorId: bigint('author_id', { mode: 'number' })
			.notNull()
			.references(() => members.id),
		body: text('body').notNull(),
		language: text('language').notNull().default('simple'),
		quotedId: bigint('quoted_id', { mode: 'number' }),
		version: integer('version').notNull().default(1),
		flagCount: integer('flag_count').notNull().default(0),
		reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
		/** Hidden by a moderation jury's verdict (moderation/cases.ts); null while shown. */
		hiddenAt: timestamp('hidden_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		editedAt: timestamp('edited_at', { withTimezone: true }),
		deletedAt: timestamp('deleted_at', { withTimezone: true }),
		search: tsvector('search')
			.notNull()
			.generatedAlwaysAs(documentSql('language', null, 'body'))
	},
	(t) => [
		index('comments_roots_idx')
			.on(t.subjectType, t.subjectId, t.id)
			.where(sql`parent_id is null`),
		index('comments_root_idx').on(t.rootId, t.id),
		index('comments_author_idx').on(t.authorId, t.createdAt),
		index('comments_author_subject_idx').on(t.authorId, t.subjectType, t.subjectId, t.createdAt),
		index('comments_search_idx').using('gin', t.search),
		oneOf('comments_subject_type_check', t.subjectType, COMMENT_SUBJECT_TYPES)
	]
);

export const commentVersions = pgTable(
	'comment_versions',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		commentId: bigint('comment_id', { mode: 'number' })
			.notNull()
			.references(() => comments.id, { onDelete: 'cascade' }),
		version: integer('version').notNull(),
		body: text('body').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('comment_versions_comment_version_key').on(t.commentId, t.version)]
);

/** A member's flag on a post, thread or comment; reviewed by the moderation juries (later). */
export const flags = pgTable(
	'flags',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		subjectType: text('subject_type').notNull(),
		subjectId: bigint('subject_id', { mode: 'number' }).notNull(),
		memberId: bigint('member_id', { mode: 'number' })
			.notNull()
			.references(() => members.id),
		reason: text('reason').$type<FlagReason>().notNull(),
		note: text('note').notNull().default(''),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		resolvedAt: timestamp('resolved_at', { withTimezone: true })
	},
	(t) => [
		uniqueIndex('flags_subject_member_key').on(t.subjectType, t.subjectId, t.memberId),
		index('flags_open_idx')
			.on(t.createdAt)
			.where(sql`resolved_at is null`),
		oneOf('flags_subject_type_check', t.subjectType, FLAG_SUBJECT_TYPES),
		oneOf('flags_reason_check', t.reason, FLAG_REASONS)
	]
);

/** Uploaded images (profile photos and post images), resized and stripped of metadata. */
export const images = pgTable(
	'images',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		ownerId: bigint('owner_id', { mode: 'number' })
			.notNull()
			.references(() => members.id),
		/** avatar | post */
		purpose: text('purpose').$type<ImagePurpose>().notNull(),
		/** Random, unguessable name shared by every size in the store. */
		key: text('key').notNull(),
		contentType: text('content_type').notNull(),
		width: integer('width').notNull(),
		height: integer('height').notNull(),
		/** Sizes stored: { name: { width, height, bytes } }. */
		sizes: jsonb('sizes').notNull(),
		alt: text('alt').notNull().default(''),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('images_key_key').on(t.key),
		index('images_owner_idx').on(t.ownerId, t.purpose, t.id.desc()),
		oneOf('images_purpose_check', t.purpose, IMAGE_PURPOSES)
	]
);

export type Post = typeof posts.$inferSelect;
export type Comment = typeof comments.$inferSelect;
