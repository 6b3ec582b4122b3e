import { B as chapters, q as members, z as chapterMemberships } from "./i18n.js";
import { s as NotFound } from "./errors.js";
import { a as tierMay, t as membershipSettings } from "./membership-settings.js";
import { i as visibleName, n as isListed } from "./privacy.js";
import { and, desc, eq, or, sql } from "drizzle-orm";
// src/lib/server/chapters/policy.ts
var JOINABLE = /* @__PURE__ */ new Set([
	"local",
	"country",
	"region"
]);
function can(actor, action, chapter, rights) {
	switch (action) {
		case "view": return true;
		case "join": return !!actor && JOINABLE.has(chapter.kind) && !chapter.isMember && tierMay(actor, "join-chapter", rights);
		case "move-to": return !!actor && JOINABLE.has(chapter.kind) && !chapter.isHome && tierMay(actor, "join-chapter", rights);
		case "leave": return !!actor && !!chapter.isMember && !chapter.isHome;
	}
}
// src/lib/server/chapters/queries.ts
/**
* Members and active members of every chapter. A chapter counts its own members and those of its
* local chapters (each person once); everyone counts for the organisation.
*/
async function chapterCounts(db) {
	const result = await db.execute(sql`
		select c.id::int as id,
			count(distinct m.id)::int as members,
			(count(distinct m.id) filter (where m.lapsed_at is null))::int as active
		from chapters c
		join chapters k on k.id = c.id or k.parent_id = c.id
		join chapter_memberships cm on cm.chapter_id = k.id
		join members m on m.id = cm.member_id
		where m.deleted_at is null and m.email_verified_at is not null
		group by c.id`);
	return new Map(result.rows.map((r) => [Number(r.id), r]));
}
/** The federation: countries (or regions) with their local chapters, busiest first. */
async function chapterTree(db) {
	const settings = await membershipSettings(db);
	const [rows, counts] = await Promise.all([db.select({
		id: chapters.id,
		parentId: chapters.parentId,
		kind: chapters.kind,
		slug: chapters.slug,
		name: chapters.name,
		country: chapters.country,
		city: chapters.city
	}).from(chapters).orderBy(chapters.id), chapterCounts(db)]);
	const nodes = /* @__PURE__ */ new Map();
	for (const r of rows) {
		const c = counts.get(r.id);
		nodes.set(r.id, {
			...r,
			members: c?.members ?? 0,
			active: c?.active ?? 0,
			isActive: (c?.active ?? 0) >= settings.activeChapterMembers,
			children: []
		});
	}
	const top = [];
	let root = null;
	for (const node of nodes.values()) {
		if (node.kind === "organisation") root = node;
		const parent = node.parentId ? nodes.get(node.parentId) : void 0;
		if (parent && parent.kind !== "organisation") parent.children.push(node);
		else if (node.kind !== "organisation") top.push(node);
	}
	const busiest = (a, b) => b.members - a.members || a.id - b.id;
	top.sort(busiest);
	for (const node of top) node.children.sort(busiest);
	return {
		root,
		chapters: top,
		activeThreshold: settings.activeChapterMembers
	};
}
var MEMBER_LIST = 24;
/** A chapter's page: what and where it is, its statistics, its listed members, the viewer's standing. */
async function chapterBySlug(db, actor, slug) {
	if (!slug || slug.length > 120) throw new NotFound("error_chapter_not_found");
	const [chapter] = await db.select().from(chapters).where(eq(chapters.slug, slug));
	if (!chapter) throw new NotFound("error_chapter_not_found");
	const settings = await membershipSettings(db);
	const subtree = sql`(select id from chapters where id = ${chapter.id} or parent_id = ${chapter.id})`;
	const everyone = chapter.kind === "organisation";
	const inChapter = everyone ? sql`true` : sql`exists (select 1 from ${chapterMemberships} cm where cm.member_id = ${members}.id and cm.chapter_id in ${subtree})`;
	const [parent, children, stats, growth, listed, mine] = await Promise.all([
		chapter.parentId ? db.select({
			slug: chapters.slug,
			name: chapters.name,
			kind: chapters.kind,
			country: chapters.country
		}).from(chapters).where(eq(chapters.id, chapter.parentId)).then((r) => r[0] ?? null) : null,
		db.select({
			id: chapters.id,
			slug: chapters.slug,
			name: chapters.name,
			kind: chapters.kind,
			country: chapters.country
		}).from(chapters).where(eq(chapters.parentId, chapter.id)).orderBy(chapters.name),
		db.execute(sql`
			select count(*)::int as members,
				(count(*) filter (where ${members.lapsedAt} is null))::int as active,
				(count(*) filter (where ${members.createdAt} > now() - interval '90 days'))::int as joined90
			from ${members}
			where ${members.deletedAt} is null and ${members.emailVerifiedAt} is not null and ${inChapter}`),
		db.execute(sql`
			select extract(year from ${members.createdAt})::int as year, count(*)::int as joined
			from ${members}
			where ${members.deletedAt} is null and ${members.emailVerifiedAt} is not null and ${inChapter}
			group by 1 order by 1`),
		db.select({
			id: members.id,
			handle: members.handle,
			displayName: members.displayName,
			showFullName: members.showFullName,
			city: members.city
		}).from(members).where(and(isListed, inChapter)).orderBy(desc(members.id)).limit(MEMBER_LIST),
		actor && !everyone ? db.select({ home: chapterMemberships.home }).from(chapterMemberships).where(and(eq(chapterMemberships.chapterId, chapter.id), eq(chapterMemberships.memberId, actor.id))).then((r) => r[0] ?? null) : null
	]);
	const s = stats.rows[0] ?? {
		members: 0,
		active: 0,
		joined90: 0
	};
	let running = 0;
	const subject = {
		kind: chapter.kind,
		isMember: !!mine,
		isHome: !!mine?.home
	};
	const [me] = actor ? await db.select({ lapsedAt: members.lapsedAt }).from(members).where(eq(members.id, actor.id)) : [];
	const who = actor ? {
		...actor,
		lapsed: !!me?.lapsedAt
	} : null;
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
		stats: {
			members: Number(s.members),
			active: Number(s.active),
			joinedLast90Days: Number(s.joined90),
			isActive: Number(s.active) >= settings.activeChapterMembers,
			activeThreshold: settings.activeChapterMembers,
			growth: growth.rows.map((r) => ({
				year: Number(r.year),
				joined: Number(r.joined),
				total: running += Number(r.joined)
			}))
		},
		members: listed.map((m) => ({
			handle: m.handle,
			name: visibleName(m, actor),
			city: m.city
		})),
		facilitators: [],
		viewer: {
			isMember: subject.isMember,
			isHome: subject.isHome,
			canJoin: can(who, "join", subject, settings.tierRights),
			canLeave: can(who, "leave", subject, settings.tierRights),
			canMove: can(who, "move-to", subject, settings.tierRights)
		}
	};
}
/** The member's chapters, home first. */
async function memberChapters(db, memberId) {
	return db.select({
		id: chapters.id,
		slug: chapters.slug,
		name: chapters.name,
		kind: chapters.kind,
		country: chapters.country,
		home: chapterMemberships.home
	}).from(chapterMemberships).innerJoin(chapters, eq(chapters.id, chapterMemberships.chapterId)).where(eq(chapterMemberships.memberId, memberId)).orderBy(desc(chapterMemberships.home), chapters.name);
}
/** A chapter's id by slug or numeric id, for filters; null when there is none. */
async function chapterIdByRef(db, ref) {
	const asId = /^\d{1,15}$/.test(ref) ? Number(ref) : -1;
	const [row] = await db.select({ id: chapters.id }).from(chapters).where(or(eq(chapters.slug, ref.toLowerCase()), eq(chapters.id, asId))).limit(1);
	return row?.id ?? null;
}
/** A chapter's name facts by slug or id, or null. */
async function chapterSummary(db, ref) {
	const id = await chapterIdByRef(db, ref);
	if (!id) return null;
	const [row] = await db.select({
		slug: chapters.slug,
		name: chapters.name,
		kind: chapters.kind,
		country: chapters.country
	}).from(chapters).where(eq(chapters.id, id));
	return row ?? null;
}
export { memberChapters as a, chapterTree as i, chapterIdByRef as n, can as o, chapterSummary as r, chapterBySlug as t };
