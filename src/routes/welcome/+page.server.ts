import { memberChapters } from '$lib/server/chapters/queries';
import { chapterName } from '$lib/server/chapters/names';
import { reactivateMember } from '$lib/server/members/commands';
import { membersNear, ownPrivacy } from '$lib/server/members/queries';
import { formAction, memberOrLogIn, runQuery } from '$lib/server/http';
import { organisationName } from '$lib/server/instance/cached';
import { myProjects, smallTaskCount } from '$lib/server/projects/queries';
import { yourTurn } from '$lib/server/notifications/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { actor, member } = memberOrLogIn(event);
	const { db, locale } = event.locals;
	const [me, chapters, near, orgName, projects, smallTasks, turn] = await Promise.all([
		runQuery(() => ownPrivacy(db, actor)),
		memberChapters(db, actor.id),
		runQuery(() => membersNear(db, actor)),
		organisationName(db, locale),
		myProjects(db, actor),
		smallTaskCount(db, actor),
		yourTurn(db, actor, locale)
	]);
	return {
		lapsed: !!me.lapsedAt,
		chapters: chapters.map((c) => ({ ...c, displayName: chapterName(c, locale, orgName) })),
		near,
		projects,
		smallTasks,
		handle: member.handle,
		turn,
		timeZone: member.timeZone
	};
};

export const actions: Actions = {
	reactivate: formAction('reactivated', (event, actor) => reactivateMember(event.locals.db, actor))
};
