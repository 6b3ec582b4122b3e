import { slugify } from '$lib/server/refs';
import { sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { searchConfigFor } from '$lib/server/db/schema/writing';
import type { Locale } from '$lib/server/i18n';
import type { Actor } from '$lib/domain/members/actor';

const START = '\u0001';
const STOP = '\u0002';

export type SearchHit = {
	kind: 'post' | 'thread' | 'comment';
	id: number;
	title: string;
	url: string;
	/** Escaped text with <mark> around the matches. */
	snippet: string;
	rank: number;
	at: Date;
};

function escapeHtml(text: string) {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** ts_headline's text, escaped, with our markers turned into <mark>. */
export function highlight(fragment: string): string {
	return escapeHtml(fragment.replace(/[\u202a-\u202e\u2066-\u2069]/g, ''))
		.replaceAll(START, '<mark>')
		.replaceAll(STOP, '</mark>');
}

/**
 * Full-text search over posts, forum threads and comments the reader may see. The query is read
 * in the reader's language (stemmed) and as plain words (`simple`), so it finds text in any
 * language; results are ranked and their matches highlighted.
 */
export async function search(
	db: Queryable,
	reader: Pick<Actor, 'id' | 'chapterIds'> | null,
	locale: Locale,
	q: string,
	limit = 30
) {
	const text = q.trim().slice(0, 200);
	if (!text) return [];
	const cfg = searchConfigFor(locale);
	const query = sql`(websearch_to_tsquery(${cfg}::regconfig, ${text}) || websearch_to_tsquery('simple', ${text}))`;
	const opts = `StartSel=${START}, StopSel=${STOP}, MaxWords=30, MinWords=10, MaxFragments=2`;
	const chapterIds = reader?.chapterIds.length ? reader.chapterIds : [0];
	const postVisible = reader
		? sql`p.status = 'published' and p.hidden_at is null and (p.visibility in ('public', 'members') or (p.visibility = 'chapter' and p.chapter_id = any(${sql.raw(`array[${chapterIds.map(Number).join(',')}]::bigint[]`)})) or p.author_id = ${reader.id})`
		: sql`p.status = 'published' and p.hidden_at is null and p.visibility = 'public'`;
	const result = await db.execute(sql`
		with q as (select ${query} as query),
		hits as (
			(select 'post' as kind, p.id, p.title, p.body as text, ts_rank(p.search, q.query) as rank, p.published_at as at
				from posts p, q where p.search @@ q.query and ${postVisible}
				order by rank desc limit ${limit})
			union all
			(select 'thread', t.id, t.title, t.body, ts_rank(t.search, q.query), t.created_at
				from forum_threads t, q where t.search @@ q.query and t.hidden_at is null
				order by 5 desc limit ${limit})
			union all
			(select 'comment', c.id, coalesce(p.title, t.title), c.body, ts_rank(c.search, q.query) * 0.8, c.created_at
				from comments c cross join q
				left join posts p on c.subject_type = 'post' and p.id = c.subject_id
				left join forum_threads t on c.subject_type = 'thread' and t.id = c.subject_id
				where c.search @@ q.query and c.deleted_at is null and c.hidden_at is null
					and ((c.subject_type = 'post' and ${postVisible}) or (c.subject_type = 'thread' and t.id is not null and t.hidden_at is null))
				order by 5 desc limit ${limit})
		),
		top as (select * from hits order by rank desc, at desc limit ${limit})
		select top.kind, top.id, top.title, top.rank, top.at,
			ts_headline(${cfg}::regconfig, top.text, q.query, ${opts}) as snippet,
			(select c.subject_type || ':' || c.subject_id from comments c where top.kind = 'comment' and c.id = top.id) as subject
		from top, q order by top.rank desc, top.at desc
	`);
	const rows = result.rows as {
		kind: SearchHit['kind'];
		id: string | number;
		title: string;
		rank: number;
		at: string | Date;
		snippet: string;
		subject: string | null;
	}[];
	return rows.map((r): SearchHit => {
		const id = Number(r.id);
		let url: string;
		if (r.kind === 'post') url = `/posts/${id}-${slugify(r.title)}`;
		else if (r.kind === 'thread') url = `/threads/${id}-${slugify(r.title)}`;
		else {
			const [type, subjectId] = (r.subject ?? 'post:0').split(':');
			url = `/${type === 'post' ? 'posts' : 'threads'}/${subjectId}-${slugify(r.title)}#comment-${id}`;
		}
		return {
			kind: r.kind,
			id,
			title: r.title,
			url,
			snippet: highlight(r.snippet ?? ''),
			rank: Number(r.rank),
			at: new Date(r.at)
		};
	});
}
