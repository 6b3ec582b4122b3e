import { joinChapter, leaveChapter, moveToChapter } from '$lib/server/chapters/commands';
import { chapterBySlug } from '$lib/server/chapters/queries';
import { chapterName } from '$lib/server/chapters/names';
import { countryName } from '$lib/server/geo/countries';
import { attempt, formValues, requireActor, runQuery } from '$lib/server/http';
import { organisationName } from '$lib/server/instance/cached';
import { projectActorOf } from '$lib/server/projects/actions';
import { projectList } from '$lib/server/projects/queries';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
	const { locals, params } = event;
	const actor = locals.member ? { id: locals.member.id, tier: locals.member.tier } : null;
	const page = await runQuery(() => chapterBySlug(locals.db, actor, params.slug));
	const orgName = await organisationName(locals.db, locals.locale);
	const name = (c: { kind: string; name: string; country: string | null }) =>
		chapterName(c, locals.locale, orgName);
	const projects = await projectList(
		locals.db,
		await projectActorOf(event),
		{ chapterId: page.chapter.id },
		undefined,
		5
	);
	return {
		...page,
		projects: projects.projects,
		chapter: {
			...page.chapter,
			displayName: name(page.chapter),
			countryName: page.chapter.country ? countryName(page.chapter.country, locals.locale) : null
		},
		parent: page.parent ? { ...page.parent, displayName: name(page.parent) } : null,
		children: page.children.map((c) => ({ ...c, displayName: name(c) })),
		signedIn: !!actor
	};
};

function action(
	command: typeof joinChapter,
	done: string
): (event: RequestEvent) => Promise<unknown> {
	return async (event) => {
		const actor = requireActor(event);
		const values = formValues(await event.request.formData());
		const result = await attempt(values, () => command(event.locals.db, actor, values), done);
		if (!result.ok) return result.failure;
		return { [done]: true };
	};
}

export const actions: Actions = {
	join: action(joinChapter, 'joined'),
	leave: action(leaveChapter, 'left'),
	move: action(moveToChapter, 'moved')
};
