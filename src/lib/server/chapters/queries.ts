import { and, count, desc, eq, ilike, inArray, ne, or, sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { chapterMemberships, chapters, decisions, members, posts } from '$lib/server/db/schema';
import { slugify } from '$lib/server/refs';
import { NotFound } from '$lib/server/errors';
import { pastTheLastPage } from '$lib/server/paging';
import { membershipSettings } from '$lib/server/instance/membership-settings';
import {
	isActiveMember,
	isCountedByPlace,
	isListed,
	publicName
} from '$lib/server/members/privacy';
import type { Actor, ScopeRef } from '$lib/domain/members/actor';
import { scopeMandates } from '$lib/server/mandates/queries';
import { visiblePosts } from '$lib/server/writing/queries';
import { can } from './policy';
import { COUNTS_LIFE_MS, countsKey, keptPerMark, pageAfter } from './counted';

/**
 * `members` and `active` are public counts by place, so they count only members whose place is
 * public anyway (`isCountedByPlace`). `all_active` counts every active member, for the one yes or
 * no the organisation's rules need (is the chapter active?); it never leaves this module.
 */
type ChapterCounts = { id: number; members: number; active: number; all_active: number };

/**
 * Members and active members of every chapter. A chapter counts its own members and those of its
 * local chapters (each person once).
 */
async function chapterCounts(db: Queryable): Promise<Map<number, ChapterCounts>> {
	const result = await db.execute<ChapterCounts>(sql`
		select c.id::int as id,
			(count(distinct ${members.id}) filter (where ${isCountedByPlace}))::int as members,
			(count(distinct ${members.id}) filter (where ${isCountedByPlace} and ${isActiveMember}))::int as active,
			(count(distinct ${members.id}) filter (where ${isActiveMember}))::int as all_active
		from chapters c
		join chapters k on k.id = c.id or k.parent_id = c.id
		join chapter_memberships cm on cm.chapter_id = k.id
		join ${members} on ${members.id} = cm.member_id
		where ${members.deletedAt} is null
		group by c.id`);
	return new Map(result.rows.map((r) => [Number(r.id), r]));
}

export type ChapterNode = {
	id: number;
	parentId: number | null;
	kind: string;
	slug: string;
	name: string;
	country: string | null;
	city: string | null;
	members: number;
	active: number;
	isActive: boolean;
	children: ChapterNode[];
};

/** The federation: countries (or regions) with their local chapters, busiest first. */
export async function chapterTree(db: Queryable) {
	const settings = await membershipSettings(db);
	return buildTree(db, settings.activeChapterMembers);
}

async function buildTree(db: Queryable, activeThreshold: number) {
	const [rows, counts] = await Promise.all([
		db
			.select({
				id: chapters.id,
				parentId: chapters.parentId,
				kind: chapters.kind,
				slug: chapters.slug,
				name: chapters.name,
				country: chapters.country,
				city: chapters.city
			})
			.from(chapters)
			.orderBy(chapters.id),
		chapterCounts(db)
	]);
	const nodes = new Map<number, ChapterNode>();
	for (const r of rows) {
		const c = counts.get(r.id);
		nodes.set(r.id, {
			...r,
			members: c?.members ?? 0,
			active: c?.active ?? 0,
			isActive: Number(c?.all_active ?? 0) >= activeThreshold,
			children: []
		});
	}
	const top: ChapterNode[] = [];
	let root: ChapterNode | null = null;
	for (const node of nodes.values()) {
		if (node.kind === 'organisation') root = node;
		const parent = node.parentId ? nodes.get(node.parentId) : undefined;
		if (parent && parent.kind !== 'organisation') parent.children.push(node);
		else if (node.kind !== 'organisation') top.push(node);
	}
	const busiest = (a: ChapterNode, b: ChapterNode) => b.members - a.members || a.id - b.id;
	top.sort(busiest);
	for (const node of top) node.children.sort(busiest);
	return { root, chapters: top, activeThreshold };
}

type Tree = Awaited<ReturnType<typeof buildTree>>;

/**
 * The tree as it was counted at the last change that could alter a count (counted.ts), with
 * every chapter but the organisation in order of id for the API's pages. Shared by every request
 * until then: readers copy what they show and never change it.
 */
const keptTree = keptPerMark(COUNTS_LIFE_MS, async (db: Queryable) => {
	const tree = await buildTree(db, (await membershipSettings(db)).activeChapterMembers);
	const byId = tree.chapters.flatMap((c) => [c, ...c.children]).sort((a, b) => a.id - b.id);
	return { ...tree, byId };
});

async function countedTree(db: Queryable): Promise<Tree & { byId: ChapterNode[] }> {
	return keptTree(db, await countsKey(db, (s) => s.activeChapterMembers));
}

/** Chapters the API lists at a time. */
export const CHAPTER_LIST_PAGE = 100;

/**
 * One page of the chapters (countries, regions and local chapters, not the organisation), in
 * order of id after `after`, each with its counts and its parent's id, and the id to page on from
 * (null on the last page).
 */
export async function chapterList(db: Queryable, after = 0, limit = CHAPTER_LIST_PAGE) {
	const tree = await countedTree(db);
	const { page, next } = pageAfter(tree.byId, after, limit);
	return {
		chapters: page.map(({ children: _children, ...c }) => c),
		activeThreshold: tree.activeThreshold,
		next
	};
}

/** Countries with a card on the chapters page, and local chapters each card shows. */
export const CARD_COUNTRIES = 20;
export const CARD_CHAPTERS = 8;

/**
 * The chapters page, the same size however many chapters there are: the busiest countries (or
 * regions) as cards with their busiest local chapters, the other countries as one line each; every
 * one with its counts and its number of local chapters, which its own page lists. The counts are
 * those kept since the last change that could alter them (counted.ts), so a request does not
 * count the whole organisation again.
 */
export async function chapterOverview(
	db: Queryable,
	cards = CARD_COUNTRIES,
	shown = CARD_CHAPTERS
) {
	const tree = await countedTree(db);
	const summary = ({ children, ...c }: ChapterNode) => ({ ...c, localCount: children.length });
	return {
		root: tree.root,
		activeThreshold: tree.activeThreshold,
		chapters: tree.chapters
			.slice(0, cards)
			.map((c) => ({ ...summary(c), children: c.children.slice(0, shown) })),
		others: tree.chapters.slice(cards).map(summary)
	};
}

/** What a link to a chapter needs: its address and what its name is made from (names.ts). */
const linkColumns = {
	id: chapters.id,
	slug: chapters.slug,
	name: chapters.name,
	kind: chapters.kind,
	country: chapters.country
};

/** Results a chapter search shows; more means "type more of the name". */
export const FOUND_CHAPTERS = 30;

/**
 * Chapters whose name or city contains `q`, and the country chapters of `countries` (the codes
 * whose name in the reader's language matched): at most `limit`, and whether there were more.
 */
export async function findChapters(
	db: Queryable,
	q: string,
	countries: readonly string[] = [],
	limit = FOUND_CHAPTERS
) {
	const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
	const rows = await db
		.select(linkColumns)
		.from(chapters)
		.where(
			and(
				ne(chapters.kind, 'organisation'),
				or(
					ilike(chapters.name, pattern),
					ilike(chapters.city, pattern),
					countries.length
						? and(eq(chapters.kind, 'country'), inArray(chapters.country, [...countries]))
						: undefined
				)
			)
		)
		.orderBy(sql`${chapters.kind} = 'local'`, chapters.name, chapters.id)
		.limit(limit + 1);
	return { chapters: rows.slice(0, limit), more: rows.length > limit };
}

/** Local chapters a chapter's page lists at a time. */
export const CHILD_PAGE = 50;

const MEMBER_LIST = 24;

/**
 * A chapter's page: what and where it is, its statistics, its listed members, the viewer's
 * standing, and one page (`childPage`, from 1) of its local chapters by name.
 */
export async function chapterBySlug(
	db: Queryable,
	actor: Actor | null,
	slug: string,
	childPage = 1,
	pageSize = CHILD_PAGE
) {
	if (!slug || slug.length > 120) throw new NotFound('error_chapter_not_found');
	const [chapter] = await db.select().from(chapters).where(eq(chapters.slug, slug));
	if (!chapter) throw new NotFound('error_chapter_not_found');
	const settings = await membershipSettings(db);
	const subtree = sql`(select id from chapters where id = ${chapter.id} or parent_id = ${chapter.id})`;
	const everyone = chapter.kind === 'organisation';
	const inChapter = everyone
		? sql`true`
		: sql`exists (select 1 from ${chapterMemberships} cm where cm.member_id = ${members}.id and cm.chapter_id in ${subtree})`;
	// The organisation's figures are its totals, as on the glance page; a chapter's are counts by
	// place, of members whose place is public anyway (privacy.ts).
	const counted = everyone ? sql`true` : isCountedByPlace;

	const [parent, children, childCount, stats, growth, listed, mine] = await Promise.all([
		chapter.parentId
			? db
					.select({
						slug: chapters.slug,
						name: chapters.name,
						kind: chapters.kind,
						country: chapters.country
					})
					.from(chapters)
					.where(eq(chapters.id, chapter.parentId))
					.then((r) => r[0] ?? null)
			: null,
		db
			.select(linkColumns)
			.from(chapters)
			.where(eq(chapters.parentId, chapter.id))
			.orderBy(chapters.name, chapters.id)
			// A page number, not a keyset: the local chapters of one place are a few thousand at
			// most, and a reader asks for "page 3 of 9" of them.
			.limit(pageSize)
			.offset((childPage - 1) * pageSize),
		db
			.select({ n: count() })
			.from(chapters)
			.where(eq(chapters.parentId, chapter.id))
			.then((r) => r[0]?.n ?? 0),
		db.execute<{ members: number; active: number; joined90: number; all_active: number }>(sql`
			select (count(*) filter (where ${counted}))::int as members,
				(count(*) filter (where ${counted} and ${members.lapsedAt} is null))::int as active,
				(count(*) filter (where ${counted} and ${members.createdAt} > now() - interval '90 days'))::int as joined90,
				(count(*) filter (where ${members.lapsedAt} is null))::int as all_active
			from ${members}
			where ${members.deletedAt} is null and ${members.emailVerifiedAt} is not null and ${inChapter}`),
		db.execute<{ year: number; joined: number }>(sql`
			select extract(year from ${members.createdAt})::int as year, count(*)::int as joined
			from ${members}
			where ${members.deletedAt} is null and ${members.emailVerifiedAt} is not null and ${inChapter}
				and ${counted}
			group by 1 order by 1`),
		db
			.select({
				id: members.id,
				handle: members.handle,
				name: publicName(actor),
				city: members.city
			})
			.from(members)
			.where(and(isListed, inChapter))
			.orderBy(desc(members.id))
			.limit(MEMBER_LIST),
		actor && !everyone
			? db
					.select({ home: chapterMemberships.home })
					.from(chapterMemberships)
					.where(
						and(
							eq(chapterMemberships.chapterId, chapter.id),
							eq(chapterMemberships.memberId, actor.id)
						)
					)
					.then((r) => r[0] ?? null)
			: null
	]);
	if (childPage > 1 && !children.length) pastTheLastPage();
	const s = stats.rows[0] ?? { members: 0, active: 0, joined90: 0, all_active: 0 };
	let running = 0;
	const subject = { kind: chapter.kind, isMember: !!mine, isHome: !!mine?.home };
	return {
		chapter: {
			id: chapter.id,
			kind: chapter.kind,
			slug: chapter.slug,
			name: chapter.name,
			country: chapter.country,
			city: chapter.city,
			description: chapter.description,
			createdAt: chapter.createdAt
		},
		parent,
		children,
		childCount: Number(childCount),
		childPage,
		childPageSize: pageSize,
		stats: {
			members: Number(s.members),
			active: Number(s.active),
			joinedLast90Days: Number(s.joined90),
			isActive: Number(s.all_active) >= settings.activeChapterMembers,
			activeThreshold: settings.activeChapterMembers,
			growth: growth.rows.map((r) => ({
				year: Number(r.year),
				joined: Number(r.joined),
				total: (running += Number(r.joined))
			}))
		},
		members: listed.map((m) => ({ handle: m.handle, name: m.name, city: m.city })),
		facilitators: await scopeMandates(db, actor, chapterScope(chapter), 'facilitator'),
		viewer: {
			isMember: subject.isMember,
			isHome: subject.isHome,
			canJoin: can(actor, 'join', subject),
			canLeave: can(actor, 'leave', subject),
			canMove: can(actor, 'move-to', subject)
		}
	};
}

/** The member's chapters, home first. */
export async function memberChapters(db: Queryable, memberId: number) {
	return db
		.select({
			id: chapters.id,
			slug: chapters.slug,
			name: chapters.name,
			kind: chapters.kind,
			country: chapters.country,
			home: chapterMemberships.home
		})
		.from(chapterMemberships)
		.innerJoin(chapters, eq(chapters.id, chapterMemberships.chapterId))
		.where(eq(chapterMemberships.memberId, memberId))
		.orderBy(desc(chapterMemberships.home), chapters.name);
}

/** A chapter's id by slug or numeric id, for filters; null when there is none. */
export async function chapterIdByRef(db: Queryable, ref: string): Promise<number | null> {
	const asId = /^\d{1,15}$/.test(ref) ? Number(ref) : -1;
	const [row] = await db
		.select({ id: chapters.id })
		.from(chapters)
		.where(or(eq(chapters.slug, ref.toLowerCase()), eq(chapters.id, asId)))
		.limit(1);
	return row?.id ?? null;
}

/** A chapter's name facts by slug or id, or null. */
export async function chapterSummary(db: Queryable, ref: string) {
	const id = await chapterIdByRef(db, ref);
	if (!id) return null;
	const [row] = await db.select(linkColumns).from(chapters).where(eq(chapters.id, id));
	return row ?? null;
}

/** The organisation's root chapter stands for the organisation; any other is its own scope. */
export function chapterScope(chapter: { id: number; kind: string }): ScopeRef {
	return chapter.kind === 'organisation'
		? { kind: 'organisation' }
		: { kind: 'chapter', id: chapter.id };
}

const NEWS = 5;

/**
 * A chapter's news: its posts written by someone who held the news right there (a facilitator's
 * `write-organisation-news`, held in the chapter) when they published it; the organisation's page
 * shows the organisation's news. Only what the reader may read.
 */
export async function chapterNews(
	db: Queryable,
	reader: Actor | null,
	chapter: { id: number; kind: string }
) {
	const byMandate = sql`exists (select 1 from mandates md join roles r on r.key = md.role
		where md.member_id = ${posts.authorId} and md.scope_kind = 'chapter' and md.scope_id = ${chapter.id}
			and 'write-organisation-news' = any(r.rights)
			and md.starts_at <= ${posts.publishedAt} and (md.ends_at is null or md.ends_at > ${posts.publishedAt}))`;
	const rows = await db
		.select({ id: posts.id, title: posts.title, publishedAt: posts.publishedAt })
		.from(posts)
		.where(
			and(
				visiblePosts(reader),
				chapter.kind === 'organisation'
					? eq(posts.kind, 'organisation')
					: and(eq(posts.kind, 'chapter'), eq(posts.chapterId, chapter.id), byMandate)
			)
		)
		.orderBy(desc(posts.publishedAt), desc(posts.id))
		.limit(NEWS);
	return rows.map((r) => ({ ...r, url: `/posts/${r.id}-${slugify(r.title)}` }));
}

/** The chapter's latest decisions (the organisation's, on its page), drafts aside. */
export async function chapterDecisions(db: Queryable, chapter: { id: number; kind: string }) {
	const scope = chapterScope(chapter);
	const rows = await db
		.select({
			id: decisions.id,
			title: decisions.title,
			slug: decisions.slug,
			phase: decisions.phase,
			outcome: decisions.outcome
		})
		.from(decisions)
		.where(
			and(
				eq(decisions.scopeKind, scope.kind),
				scope.kind === 'chapter' ? eq(decisions.scopeId, scope.id) : undefined,
				sql`${decisions.phase} <> 'draft'`
			)
		)
		.orderBy(desc(decisions.id))
		.limit(NEWS);
	return rows.map((r) => ({ ...r, url: `/decisions/${r.id}-${r.slug}` }));
}
