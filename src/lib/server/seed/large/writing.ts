import type pg from 'pg';
import { slugify } from '$lib/server/refs';
import { advanceIdentity, insertColumns, lastId, textArray, withIndexesDeferred } from './columns';
import { seedComments, spread, type Subject } from './comments';
import type { Chapters } from './chapters';
import type { Person } from './people';
import type { Log } from './log';
import { Writer, upTo } from './text';

const DAY = 86_400_000;
/** The benchmark's thread: the first one, with this many comments (fewer if the preset has fewer). */
export const BUSY_THREAD_COMMENTS = 200;

/**
 * Members' writing: published public blog posts (each with its first version, as the post command
 * keeps it), forum threads in the organisation's forums and each country chapter's, and their
 * comments, with each thread's comment count and last activity matching its comments.
 */
export async function seedWriting(
	pool: pg.Pool,
	people: Person[],
	chapters: Chapters,
	figures: { posts: number; threads: number; comments: number },
	now: Date,
	log: Log
) {
	const writer = new Writer('plenary-large-writing');
	const authors = people.map((p) => p.id);
	const ago = (maxDays: number) => new Date(now.getTime() - 1 - upTo(writer.rng, maxDays * DAY));

	// Forums: two for the organisation, one per country chapter.
	const categoryBase = await lastId(pool, 'forum_categories');
	const forums = [
		{ chapter: null as number | null, slug: 'general', name: 'General discussion' },
		{ chapter: null as number | null, slug: 'ideas', name: 'Ideas and proposals' },
		...[...chapters.countryChapter].map(([country, chapter]) => ({
			chapter,
			slug: `forum-${country.toLowerCase()}`,
			name: `${country} discussion`
		}))
	];
	await insertColumns(pool, 'forum_categories', [
		{ name: 'id', type: 'bigint', values: forums.map((_, i) => categoryBase + i + 1) },
		{ name: 'chapter_id', type: 'bigint', values: forums.map((f) => f.chapter) },
		{ name: 'slug', type: 'text', values: forums.map((f) => f.slug) },
		{ name: 'name', type: 'text', values: forums.map((f) => f.name) },
		{ name: 'position', type: 'int', values: forums.map((_, i) => i + 1) }
	]);
	await advanceIdentity(pool, 'forum_categories');

	let started = Date.now();
	const threadBase = await lastId(pool, 'forum_threads');
	const threads = Array.from({ length: figures.threads }, (_, i) => ({
		id: threadBase + i + 1,
		// Half in the organisation's forums, half in the chapters'.
		category:
			categoryBase + 1 + (i % 2 === 0 ? (i % 4 === 0 ? 0 : 1) : writer.rng.below(forums.length)),
		author: authors[writer.rng.below(authors.length)],
		title: writer.title(),
		body: writer.body(1 + writer.rng.below(3)),
		createdAt: ago(700)
	}));
	const postBase = await lastId(pool, 'posts');
	const posts = Array.from({ length: figures.posts }, (_, i) => {
		const title = writer.title();
		return {
			id: postBase + i + 1,
			author: authors[writer.rng.below(authors.length)],
			title,
			slug: slugify(title),
			body: writer.body(2 + writer.rng.below(4)),
			tags: writer.tags(),
			createdAt: ago(1500)
		};
	});

	// A tenth of the comments are left for the decisions; of the rest, half on threads.
	const writingComments = figures.comments - Math.floor(figures.comments / 10);
	const onThreads = Math.floor(writingComments / 2);
	const threadCounts = spread(writer, threads.length, onThreads, BUSY_THREAD_COMMENTS);
	const postCounts = spread(writer, posts.length, writingComments - onThreads, 0);
	const threadSubjects: Subject[] = threads.map((t) => ({
		type: 'thread',
		id: t.id,
		createdAt: t.createdAt
	}));

	// Threads are written with their final counts, so their comments go in first.
	const lastComment = await seedComments(pool, writer, threadSubjects, threadCounts, authors, now);
	await insertColumns(pool, 'forum_threads', [
		{ name: 'id', type: 'bigint', values: threads.map((t) => t.id) },
		{ name: 'category_id', type: 'bigint', values: threads.map((t) => t.category) },
		{ name: 'author_id', type: 'bigint', values: threads.map((t) => t.author) },
		{ name: 'title', type: 'text', values: threads.map((t) => t.title) },
		{ name: 'body', type: 'text', values: threads.map((t) => t.body) },
		{ name: 'comment_count', type: 'int', values: threadCounts },
		{ name: 'created_at', type: 'timestamptz', values: threads.map((t) => t.createdAt) },
		{
			name: 'last_activity_at',
			type: 'timestamptz',
			values: threads.map((t, i) => lastComment[i] ?? t.createdAt)
		}
	]);
	await advanceIdentity(pool, 'forum_threads');
	log(`forum_threads: ${threads.length} with ${onThreads} comments`, started);

	started = Date.now();
	const postColumns = [
		{ name: 'id', type: 'bigint', values: posts.map((p) => p.id) },
		{ name: 'author_id', type: 'bigint', values: posts.map((p) => p.author) },
		{ name: 'title', type: 'text', values: posts.map((p) => p.title) },
		{ name: 'slug', type: 'text', values: posts.map((p) => p.slug) },
		{ name: 'body', type: 'text', values: posts.map((p) => p.body) },
		{ name: 'tags', type: 'text', cast: 'text[]', values: posts.map((p) => textArray(p.tags)) },
		{ name: 'created_at', type: 'timestamptz', values: posts.map((p) => p.createdAt) }
	];
	await withIndexesDeferred(pool, 'posts', () =>
		insertColumns(
			pool,
			'posts',
			[
				...postColumns,
				{ name: 'kind', type: 'text', values: posts.map(() => 'blog') },
				{ name: 'visibility', type: 'text', values: posts.map(() => 'public') },
				{ name: 'status', type: 'text', values: posts.map(() => 'published') },
				{ name: 'updated_at', type: 'timestamptz', values: posts.map((p) => p.createdAt) },
				{ name: 'published_at', type: 'timestamptz', values: posts.map((p) => p.createdAt) }
			],
			{ batch: 10_000 }
		)
	);
	await advanceIdentity(pool, 'posts');
	await insertColumns(
		pool,
		'post_versions',
		[
			{ name: 'post_id', type: 'bigint', values: posts.map((p) => p.id) },
			{ name: 'version', type: 'int', values: posts.map(() => 1) },
			{ name: 'title', type: 'text', values: posts.map((p) => p.title) },
			{ name: 'body', type: 'text', values: posts.map((p) => p.body) },
			{ name: 'tags', type: 'text', cast: 'text[]', values: posts.map((p) => textArray(p.tags)) },
			{ name: 'editor_id', type: 'bigint', values: posts.map((p) => p.author) },
			{ name: 'created_at', type: 'timestamptz', values: posts.map((p) => p.createdAt) }
		],
		{ batch: 10_000 }
	);
	log(`posts: ${posts.length}`, started);

	started = Date.now();
	const postSubjects: Subject[] = posts.map((p) => ({
		type: 'post',
		id: p.id,
		createdAt: p.createdAt
	}));
	await seedComments(pool, writer, postSubjects, postCounts, authors, now);
	log(`comments on posts: ${writingComments - onThreads}`, started);
	return { threads: threads.length, posts: posts.length, comments: writingComments };
}
