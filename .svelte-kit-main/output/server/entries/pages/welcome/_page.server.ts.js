import { a as memberChapters } from "../../../chunks/queries.js";
import { t as chapterName } from "../../../chunks/names.js";
import { t as reactivateMember } from "../../../chunks/commands2.js";
import { r as ownPrivacy, t as membersNear } from "../../../chunks/queries3.js";
import { a as runQuery, i as requireActor, t as attempt } from "../../../chunks/http.js";
import { r as organisationName } from "../../../chunks/cached.js";
import { redirect } from "@sveltejs/kit";
// src/routes/welcome/+page.server.ts
var load = async (event) => {
	if (!event.locals.member) redirect(303, "/login?next=%2Fwelcome");
	const actor = requireActor(event);
	const { db, locale } = event.locals;
	const [me, chapters, near, orgName] = await Promise.all([
		runQuery(() => ownPrivacy(db, actor)),
		memberChapters(db, actor.id),
		runQuery(() => membersNear(db, actor)),
		organisationName(db, locale)
	]);
	return {
		lapsed: !!me.lapsedAt,
		chapters: chapters.map((c) => ({
			...c,
			displayName: chapterName(c, locale, orgName)
		})),
		near,
		handle: event.locals.member.handle
	};
};
var actions = { reactivate: async (event) => {
	const actor = requireActor(event);
	const result = await attempt({}, () => reactivateMember(event.locals.db, actor));
	if (!result.ok) return result.failure;
	return { reactivated: true };
} };
export { actions, load };
