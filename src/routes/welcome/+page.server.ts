import { redirect } from '@sveltejs/kit';
import { memberChapters } from '$lib/server/chapters/queries';
import { chapterName } from '$lib/server/chapters/names';
import { reactivateMember } from '$lib/server/members/commands';
import { membersNear, ownPrivacy } from '$lib/server/members/queries';
import { attempt, requireActor, runQuery } from '$lib/server/http';
import { organisationName } from '$lib/server/instance/cached';
import { projectActorOf } from '$lib/server/projects/actions';
import { myProjects, smallTaskCount } from '$lib/server/projects/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	if (!event.locals.member) redirect(303, '/login?next=%2Fwelcome');
	const actor = requireActor(event);
	const { db, locale } = event.locals;
	const who = await projectActorOf(event);
	const [me, chapters, near, orgName, projects, smallTasks] = await Promise.all([
		runQuery(() => ownPrivacy(db, actor)),
		memberChapters(db, actor.id),
		runQuery(() => membersNear(db, actor)),
		organisationName(db, locale),
		who ? myProjects(db, who) : Promise.resolve([]),
		smallTaskCount(db, who)
	]);
	return {
		lapsed: !!me.lapsedAt,
		chapters: chapters.map((c) => ({ ...c, displayName: chapterName(c, locale, orgName) })),
		near,
		projects,
		smallTasks,
		handle: event.locals.member.handle
	};
};

export const actions: Actions = {
	reactivate: async (event) => {
		const actor = requireActor(event);
		const result = await attempt({}, () => reactivateMember(event.locals.db, actor));
		if (!result.ok) return result.failure;
		return { reactivated: true };
	}
};
