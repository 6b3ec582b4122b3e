// @ts-nocheck
import { redirect } from '@sveltejs/kit';
import { memberChapters } from '$lib/server/chapters/queries';
import { chapterName } from '$lib/server/chapters/names';
import { reactivateMember } from '$lib/server/members/commands';
import { membersNear, ownPrivacy } from '$lib/server/members/queries';
import { attempt, requireActor, runQuery } from '$lib/server/http';
import { organisationName } from '$lib/server/instance/cached';
import type { Actions, PageServerLoad } from './$types';

export const load = async (event: Parameters<PageServerLoad>[0]) => {
	if (!event.locals.member) redirect(303, '/login?next=%2Fwelcome');
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
		chapters: chapters.map((c) => ({ ...c, displayName: chapterName(c, locale, orgName) })),
		near,
		handle: event.locals.member.handle
	};
};

export const actions = {
	reactivate: async (event: import('./$types').RequestEvent) => {
		const actor = requireActor(event);
		const result = await attempt({}, () => reactivateMember(event.locals.db, actor));
		if (!result.ok) return result.failure;
		return { reactivated: true };
	}
};
;null as any as Actions;