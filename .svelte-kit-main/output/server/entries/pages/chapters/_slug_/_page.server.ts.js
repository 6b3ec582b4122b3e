import { B as chapters, q as members, z as chapterMemberships } from "../../../../chunks/i18n.js";
import { i as Forbidden, s as NotFound, t as Conflict } from "../../../../chunks/errors.js";
import { t as appendEvent } from "../../../../chunks/append.js";
import { t as membershipSettings } from "../../../../chunks/membership-settings.js";
import { n as parseInput } from "../../../../chunks/validation.js";
import { r as chapterRefInput } from "../../../../chunks/members.js";
import { o as can, t as chapterBySlug } from "../../../../chunks/queries.js";
import { t as chapterName } from "../../../../chunks/names.js";
import { t as countryName } from "../../../../chunks/countries.js";
import { a as runQuery, i as requireActor, n as formValues, t as attempt } from "../../../../chunks/http.js";
import { r as organisationName } from "../../../../chunks/cached.js";
import { and, count, eq, sql } from "drizzle-orm";
/** The chapter and the actor's standing in it, read in the command's transaction. */
async function loadSubject(tx, actor, chapterId) {
	const [chapter] = await tx.select({
		id: chapters.id,
		kind: chapters.kind
	}).from(chapters).where(eq(chapters.id, chapterId));
	if (!chapter) throw new NotFound("error_chapter_not_found");
	const [me] = await tx.select({
		lapsedAt: members.lapsedAt,
		deletedAt: members.deletedAt
	}).from(members).where(eq(members.id, actor.id));
	if (!me || me.deletedAt) throw new Forbidden("error_forbidden");
	const [membership] = await tx.select({ home: chapterMemberships.home }).from(chapterMemberships).where(and(eq(chapterMemberships.chapterId, chapterId), eq(chapterMemberships.memberId, actor.id)));
	return {
		chapter,
		subject: {
			kind: chapter.kind,
			isMember: !!membership,
			isHome: !!membership?.home
		},
		actor: {
			...actor,
			lapsed: !!me.lapsedAt
		}
	};
}
/** Also join another chapter (the home chapter stays). */
async function joinChapter(db, actor, raw) {
	const { chapter: chapterId } = parseInput(chapterRefInput, raw);
	const settings = await membershipSettings(db);
	return db.transaction(async (tx) => {
		const loaded = await loadSubject(tx, actor, chapterId);
		if (!can(loaded.actor, "join", loaded.subject, settings.tierRights)) throw new Forbidden(loaded.subject.isMember ? "error_chapter_already_member" : "error_chapter_cannot_join");
		const [{ n }] = await tx.select({ n: count() }).from(chapterMemberships).where(eq(chapterMemberships.memberId, actor.id));
		if (n >= 12) throw new Conflict("error_chapter_too_many");
		await tx.insert(chapterMemberships).values({
			chapterId,
			memberId: actor.id,
			home: false
		});
		await appendEvent(tx, {
			type: "chapter.joined",
			actorId: actor.id,
			subjectType: "chapter",
			subjectId: chapterId
		});
		return { chapterId };
	});
}
/** Leave a chapter that is not the home chapter. */
async function leaveChapter(db, actor, raw) {
	const { chapter: chapterId } = parseInput(chapterRefInput, raw);
	const settings = await membershipSettings(db);
	return db.transaction(async (tx) => {
		const loaded = await loadSubject(tx, actor, chapterId);
		if (!can(loaded.actor, "leave", loaded.subject, settings.tierRights)) throw new Forbidden(loaded.subject.isHome ? "error_chapter_leave_home" : "error_chapter_not_member");
		await tx.delete(chapterMemberships).where(and(eq(chapterMemberships.chapterId, chapterId), eq(chapterMemberships.memberId, actor.id)));
		await appendEvent(tx, {
			type: "chapter.left",
			actorId: actor.id,
			subjectType: "chapter",
			subjectId: chapterId
		});
		return { chapterId };
	});
}
/** Make another chapter the home chapter; the old home chapter is left. */
async function moveToChapter(db, actor, raw) {
	const { chapter: chapterId } = parseInput(chapterRefInput, raw);
	const settings = await membershipSettings(db);
	return db.transaction(async (tx) => {
		const loaded = await loadSubject(tx, actor, chapterId);
		if (!can(loaded.actor, "move-to", loaded.subject, settings.tierRights)) throw new Forbidden(loaded.subject.isHome ? "error_chapter_already_home" : "error_chapter_cannot_join");
		const [old] = await tx.delete(chapterMemberships).where(and(eq(chapterMemberships.memberId, actor.id), sql`${chapterMemberships.home}`)).returning({ chapterId: chapterMemberships.chapterId });
		if (loaded.subject.isMember) await tx.update(chapterMemberships).set({ home: true }).where(and(eq(chapterMemberships.chapterId, chapterId), eq(chapterMemberships.memberId, actor.id)));
		else await tx.insert(chapterMemberships).values({
			chapterId,
			memberId: actor.id,
			home: true
		});
		await appendEvent(tx, {
			type: "chapter.moved-to",
			actorId: actor.id,
			subjectType: "chapter",
			subjectId: chapterId,
			data: { from: old?.chapterId ?? null }
		});
		return {
			chapterId,
			from: old?.chapterId ?? null
		};
	});
}
// src/routes/chapters/[slug]/+page.server.ts
var load = async ({ locals, params }) => {
	const actor = locals.member ? {
		id: locals.member.id,
		tier: locals.member.tier
	} : null;
	const page = await runQuery(() => chapterBySlug(locals.db, actor, params.slug));
	const orgName = await organisationName(locals.db, locals.locale);
	const name = (c) => chapterName(c, locals.locale, orgName);
	return {
		...page,
		chapter: {
			...page.chapter,
			displayName: name(page.chapter),
			countryName: page.chapter.country ? countryName(page.chapter.country, locals.locale) : null
		},
		parent: page.parent ? {
			...page.parent,
			displayName: name(page.parent)
		} : null,
		children: page.children.map((c) => ({
			...c,
			displayName: name(c)
		})),
		signedIn: !!actor
	};
};
function action(command, done) {
	return async (event) => {
		const actor = requireActor(event);
		const values = formValues(await event.request.formData());
		const result = await attempt(values, () => command(event.locals.db, actor, values), done);
		if (!result.ok) return result.failure;
		return { [done]: true };
	};
}
var actions = {
	join: action(joinChapter, "joined"),
	leave: action(leaveChapter, "left"),
	move: action(moveToChapter, "moved")
};
export { actions, load };
