/**
 * The site search: one query over everything a reader can look for — posts, forum threads and
 * comments, the mutual aid board, decisions, projects, chapters and people — ranked together,
 * with a count for each kind and the matches highlighted in plain text.
 *
 * Each kind is found under exactly the condition its own list applies, taken from that list's
 * module rather than written again here: `visiblePosts` (the blog), the forum's rule for threads,
 * `onBoard` (the aid board), `inRegister` and `ownDraft` (the decision register), `visibleProjects`
 * (the projects list), and for people the directory's own `isListed` and `directoryWords` (which
 * keeps a hidden surname from being found by a visitor), with names through `publicName`. Chapters
 * are all on the chapters list. What a jury hid is found by no one.
 */
import { inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '$lib/domain/members/actor';
import type { Queryable } from '$lib/server/db/client';
import { Invalid } from '$lib/server/errors';
import { chapters, forumThreads, membersSearchVector } from '$lib/server/db/schema';
import { searchConfigFor } from '$lib/server/db/schema/writing';
import type { Locale } from '$lib/server/i18n';
import { onBoard } from '$lib/server/aid/queries';
import { aidUrl } from '$lib/server/aid/paths';
import { chapterName } from '$lib/server/chapters/names';
import { inRegister, ownDraft } from '$lib/server/decisions/register';
import { countriesNamed, countryName } from '$lib/server/geo/countries';
import { organisationName } from '$lib/server/instance/cached';
import { directoryWords } from '$lib/server/members/directory';
import { isListed, publicName } from '$lib/server/members/privacy';
import { projectUrl } from '$lib/server/projects/context';
import { visibleProjects } from '$lib/server/projects/queries';
import { slugify } from '$lib/server/refs';
import { markdownText } from '$lib/server/writing/markdown';
import { visiblePosts } from '$lib/server/writing/queries';

/** What the search form filters by: each groups one or more kinds of hit. */
export const SEARCH_FILTERS = [
	'writing',
	'aid',
	'decisions',
	'projects',
	'chapters',
	'people'
] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

const KINDS_OF = {
	writing: ['post', 'thread', 'comment'],
	aid: ['aid'],
	decisions: ['decision'],
	projects: ['project'],
	chapters: ['chapter'],
	people: ['person']
} as const;
export type HitKind = (typeof KINDS_OF)[SearchFilter][number];

/** The filter a hit's kind is counted under. */
const FILTER_OF = Object.fromEntries(
	SEARCH_FILTERS.flatMap((f) => KINDS_OF[f].map((k) => [k, f]))
) as Record<HitKind, SearchFilter>;

export type SearchHit = {
	kind: HitKind;
	id: number;
	/** As the reader sees it on the kind's own list (a person's name through publicName). */
	title: string;
	url: string;
	/** Plain text, escaped, with <mark> around the matches; empty when the kind shows none. */
	snippet: string;
	rank: number;
	/** When it was published or started; null for chapters and people, which show a place. */
	at: Date | null;
	/** Where: a chapter's or a person's city and country, the chapter of an aid post or project. */
	place: string | null;
};

export type SearchResults = { hits: SearchHit[]; counts: Record<SearchFilter, number> };

/** Who searches: the one actor of the request, or a visitor. */
type Reader = Actor | null;

const START = '\u0001';
const STOP = '\u0002';
const HEADLINE = `StartSel=${START}, StopSel=${STOP}, MaxWords=30, MinWords=10, MaxFragments=2`;

/** How many of each kind are ranked before the kinds are merged (and so the most a page shows). */
export const SEARCH_LIMIT = 30;
/**
 * The last page of results one may ask for: each page reads every kind's best matches up to its
 * end, so the depth is bounded; past it, more words find more than more pages would.
 */
export const SEARCH_PAGES = 20;

function escapeHtml(text: string) {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** ts_headline's text, escaped, with our markers turned into <mark>. */
export function highlight(fragment: string): string {
	return escapeHtml(fragment.replace(/[\u202a-\u202e\u2066-\u2069]/g, ''))
		.replaceAll(START, '<mark>')
		.replaceAll(STOP, '</mark>');
}

/** A search's words: the reader's language stemmed, and word for word (`simple`) for any other. */
function tsquery(cfg: string, text: string): SQL {
	return sql`(websearch_to_tsquery(${cfg}::regconfig, ${text}) || websearch_to_tsquery('simple', ${text}))`;
}

/** A forum thread is on the forum's lists unless a jury hid it (writing/queries.ts, forumCategory). */
const threadShown = isNull(forumThreads.hiddenAt);

/**
 * One kind's matches: the ids and ranks of the best `limit`, with how many there are in all
 * (counted before the limit). Only ids and ranks go through the sort; the text is read for the
 * few that are kept.
 */
function best(table: SQL, from: SQL, where: SQL, rank: SQL, limit: number): SQL {
	return sql`(select ${table}.id, (${rank})::real as rank, (count(*) over ())::int as total
		from ${from} where ${where} order by 2 desc, 1 desc limit ${limit})`;
}

/**
 * Each kind as one select with the same columns: kind, id, title, body (Markdown, for the
 * snippet), rank, total, at, ref (a slug, a handle, a comment's subject), place, country and sub
 * (a chapter's kind).
 */
function kindQueries(reader: Reader, locale: Locale, q: string, query: SQL, limit: number) {
	const seenPosts = visiblePosts(reader);
	const decisionSeen = reader ? sql`(${inRegister} or ${ownDraft(reader)})` : inRegister;
	const codes = countriesNamed(q, locale);
	// A country named in the query finds its chapters, the country's own first. Chapters are few
	// (one per city), so the `or` that keeps the GIN index from serving this alone costs little.
	const countryRank = codes.length
		? sql`case when ${inArray(chapters.country, codes)} then (case when chapters.kind = 'country' then 1 else 0.2 end) else 0 end`
		: sql`0`;
	const chapterMatch = codes.length
		? sql`(chapters.search @@ ${query} or ${inArray(chapters.country, codes)})`
		: sql`chapters.search @@ ${query}`;
	const people = directoryWords(reader, q);

	const queries: SQL[] = [
		sql`select 'post'::text as kind, posts.id, posts.title, posts.body, m.rank, m.total,
			posts.published_at as at, null::text as ref, null::text as place, null::text as country,
			null::text as sub
			from ${best(
				sql`posts`,
				sql`posts`,
				sql`posts.search @@ ${query} and ${seenPosts}`,
				sql`ts_rank(posts.search, ${query})`,
				limit
			)} m join posts on posts.id = m.id`,
		sql`select 'thread', forum_threads.id, forum_threads.title, forum_threads.body, m.rank,
			m.total, forum_threads.created_at, null, null, null, null
			from ${best(
				sql`forum_threads`,
				sql`forum_threads`,
				sql`forum_threads.search @@ ${query} and ${threadShown}`,
				sql`ts_rank(forum_threads.search, ${query})`,
				limit
			)} m join forum_threads on forum_threads.id = m.id`,
		// A comment is found where its post or thread is, under that one's title; a little below
		// the post or thread itself.
		sql`select 'comment', comments.id, coalesce(posts.title, forum_threads.title), comments.body,
			m.rank, m.total, comments.created_at, comments.subject_type || ':' || comments.subject_id,
			null, null, null
			from ${best(
				sql`comments`,
				sql`comments
					left join posts on comments.subject_type = 'post' and posts.id = comments.subject_id
					left join forum_threads on comments.subject_type = 'thread' and forum_threads.id = comments.subject_id`,
				sql`comments.search @@ ${query} and comments.deleted_at is null and comments.hidden_at is null
					and ((posts.id is not null and ${seenPosts}) or (forum_threads.id is not null and ${threadShown}))`,
				sql`ts_rank(comments.search, ${query}) * 0.8`,
				limit
			)} m join comments on comments.id = m.id
			left join posts on comments.subject_type = 'post' and posts.id = comments.subject_id
			left join forum_threads on comments.subject_type = 'thread' and forum_threads.id = comments.subject_id`,
		sql`select 'aid', aid_posts.id, aid_posts.title, aid_posts.body, m.rank, m.total,
			aid_posts.created_at, null, chapters.name, null, null
			from ${best(
				sql`aid_posts`,
				sql`aid_posts join members on members.id = aid_posts.author_id`,
				sql`aid_posts.search @@ ${query} and ${onBoard}`,
				sql`ts_rank(aid_posts.search, ${query})`,
				limit
			)} m join aid_posts on aid_posts.id = m.id
			left join chapters on chapters.id = aid_posts.chapter_id`,
		sql`select 'decision', decisions.id, decisions.title,
			concat_ws(E'\n\n', nullif(decisions.summary, ''), decisions.body), m.rank, m.total,
			decisions.created_at, decisions.slug, null, null, null
			from ${best(
				sql`decisions`,
				sql`decisions`,
				sql`decisions.search @@ ${query} and ${decisionSeen}`,
				sql`ts_rank(decisions.search, ${query})`,
				limit
			)} m join decisions on decisions.id = m.id`,
		sql`select 'project', projects.id, projects.title,
			concat_ws(E'\n\n', projects.goals, nullif(projects.needs, '')), m.rank, m.total,
			projects.created_at, null, chapters.name, null, null
			from ${best(
				sql`projects`,
				sql`projects`,
				sql`projects.search @@ ${query} and ${visibleProjects(reader)}`,
				sql`ts_rank(projects.search, ${query})`,
				limit
			)} m join projects on projects.id = m.id
			left join chapters on chapters.id = projects.chapter_id`,
		sql`select 'chapter', chapters.id, chapters.name, nullif(chapters.description, ''), m.rank,
			m.total, null::timestamptz, chapters.slug, chapters.city, chapters.country, chapters.kind
			from ${best(
				sql`chapters`,
				sql`chapters`,
				chapterMatch,
				sql`ts_rank(chapters.search, ${query}) + ${countryRank}`,
				limit
			)} m join chapters on chapters.id = m.id`
	];
	if (people)
		// Only what the directory shows: the name as this reader may see it, the handle and the
		// place; never the bio it also searches (the directory does not show it either). A name is
		// a short text: every word of it counts as much as a body's word does elsewhere.
		queries.push(sql`select 'person', members.id, ${publicName(reader)}, null, m.rank, m.total,
			null, members.handle, members.city, members.country, null
			from ${best(
				sql`members`,
				sql`members`,
				sql`${isListed} and ${people.where}`,
				sql`ts_rank('{0.4,0.4,0.4,0.4}', ${membersSearchVector}, ${people.query})`,
				limit
			)} m join members on members.id = m.id`);
	return queries;
}

type Row = {
	totals: Record<string, number> | string | null;
	kind: HitKind | null;
	id: string | number | null;
	title: string;
	body: string | null;
	rank: number;
	at: string | Date | null;
	ref: string | null;
	place: string | null;
	country: string | null;
	sub: string | null;
};

/**
 * The words a search asks for: not those it excludes (`-word`), nor `or`; quotes make no
 * difference. A search of exclusions alone would match nearly everything, and no index serves it.
 */
function wantedWords(text: string): string[] {
	return text
		.replace(/(^|\s)-\S+/g, ' ')
		.split(/[^\p{L}\p{N}]+/u)
		.filter((w) => w && w.toLowerCase() !== 'or');
}

/**
 * Snippets for the hits' texts: the Markdown is reduced to plain text first (markdownText, the
 * helper excerpts and feeds use) and only then highlighted by ts_headline. The other order would
 * not work: highlighting the Markdown and stripping it afterwards leaves half a link or a code
 * fence wherever a fragment begins or ends inside one, and a match inside a link's address would
 * be marked in text the reader never sees. Stripping needs JavaScript, so this is a second round
 * trip, for at most one page of hits. The words are read as in the search itself, but each on
 * its own (`or`): a hit may hold the query's words between its title and its text, and
 * ts_headline marks nothing in a text that does not hold them all.
 */
async function snippets(db: Queryable, text: string, cfg: string, texts: string[]) {
	if (!texts.length) return [];
	const docs = texts.map((t) =>
		// Our markers are control characters: any in the text itself go, so only ours become <mark>.
		// eslint-disable-next-line no-control-regex
		markdownText(t).replace(/[\u0001\u0002]/g, ' ')
	);
	const query = tsquery(cfg, wantedWords(text).join(' or '));
	const result = await db.execute(sql`
		select ts_headline(${cfg}::regconfig, d.doc, ${query}, ${HEADLINE}) as snippet
		from jsonb_array_elements_text(${JSON.stringify(docs)}::jsonb) with ordinality as d(doc, n)
		order by d.n`);
	return (result.rows as { snippet: string | null }[]).map((r) => highlight(r.snippet ?? ''));
}

function urlOf(r: Row, id: number): string {
	switch (r.kind!) {
		case 'post':
			return `/posts/${id}-${slugify(r.title)}`;
		case 'thread':
			return `/threads/${id}-${slugify(r.title)}`;
		case 'comment': {
			const [type, subjectId] = (r.ref ?? 'post:0').split(':');
			return `/${type === 'thread' ? 'threads' : 'posts'}/${subjectId}-${slugify(r.title)}#comment-${id}`;
		}
		case 'aid':
			return aidUrl({ id, title: r.title });
		case 'decision':
			return `/decisions/${id}-${r.ref}`;
		case 'project':
			return projectUrl({ id, title: r.title });
		case 'chapter':
			return `/chapters/${r.ref}`;
		case 'person':
			return `/@${r.ref}`;
	}
}

const emptyCounts = (): Record<SearchFilter, number> =>
	Object.fromEntries(SEARCH_FILTERS.map((f) => [f, 0])) as Record<SearchFilter, number>;

/**
 * Everything the reader may find for `q`, best first, with how many of each kind there are. With
 * a filter, only hits of that kind are listed; the counts are always of every kind. Each kind's
 * best `limit` are ranked in its own subquery (on its GIN index), then merged by rank: one round
 * trip, and a second for the snippets of the hits kept.
 */
export async function searchEverything(
	db: Queryable,
	reader: Reader,
	locale: Locale,
	q: string,
	options: { filter?: SearchFilter | null; limit?: number; page?: number } = {}
): Promise<SearchResults> {
	const text = q.trim().slice(0, 200);
	if (!wantedWords(text).length) return { hits: [], counts: emptyCounts() };
	const page = options.page ?? 1;
	if (page > SEARCH_PAGES) throw new Invalid('error_bad_position');
	const shownPerPage = options.limit ?? SEARCH_LIMIT;
	// Each kind's best down to this page's end; the page is the slice of their merged order.
	const limit = shownPerPage * page;
	const cfg = searchConfigFor(locale);
	const query = tsquery(cfg, text);
	const shown = options.filter ? KINDS_OF[options.filter] : null;
	const result = await db.execute(sql`
		with hits as (${sql.join(
			kindQueries(reader, locale, text, query, limit).map((s) => sql`(${s})`),
			sql` union all `
		)}),
		top as (select * from hits
			${
				shown
					? sql`where kind in (${sql.join(
							shown.map((k) => sql`${k}`),
							sql`, `
						)})`
					: sql``
			}
			-- Ties within a kind break as best() cut them (id, newest first), so that each page is
			-- the next slice of one order and no match is skipped or shown twice across pages.
			order by rank desc, kind, id desc
			limit ${shownPerPage} offset ${shownPerPage * (page - 1)})
		select t.totals, top.* from
			(select coalesce(json_object_agg(kind, total), '{}'::json) as totals
				from (select kind, max(total) as total from hits group by kind) k) t
			left join top on true
		order by top.rank desc, top.kind, top.id desc`);
	const rows = result.rows as Row[];
	const counts = emptyCounts();
	const totals = rows[0]?.totals ?? {};
	for (const [kind, n] of Object.entries(
		typeof totals === 'string' ? (JSON.parse(totals) as Record<string, number>) : totals
	))
		counts[FILTER_OF[kind as HitKind]] += Number(n);
	const found = rows.filter((r) => r.kind !== null && r.id !== null);
	const withText = found.filter((r) => r.body);
	const marked = await snippets(
		db,
		text,
		cfg,
		withText.map((r) => r.body!)
	);
	const snippetOf = new Map(withText.map((r, i) => [r, marked[i]]));
	const orgName = found.some((r) => r.kind === 'chapter') ? await organisationName(db, locale) : '';
	const hits = found.map((r): SearchHit => {
		const id = Number(r.id);
		const country = r.country ? countryName(r.country, locale) : null;
		let title = r.title;
		let place = r.place;
		if (r.kind === 'chapter') {
			title = chapterName(
				{ kind: r.sub ?? '', name: r.title, country: r.country },
				locale,
				orgName
			);
			place = r.sub === 'local' ? [r.place, country].filter(Boolean).join(', ') : null;
		} else if (r.kind === 'person') place = [r.place, country].filter(Boolean).join(', ') || null;
		return {
			kind: r.kind!,
			id,
			title,
			url: urlOf(r, id),
			snippet: snippetOf.get(r) ?? '',
			rank: Number(r.rank),
			at: r.at ? new Date(r.at) : null,
			place
		};
	});
	return { hits, counts };
}

/** The hits alone, of every kind. */
export async function search(db: Queryable, reader: Reader, locale: Locale, q: string) {
	return (await searchEverything(db, reader, locale, q)).hits;
}
