import { joinChapter, leaveChapter, moveToChapter } from '$lib/server/chapters/commands';
import {
	chapterBySlug,
	chapterDecisions,
	chapterNews,
	chapterScope
} from '$lib/server/chapters/queries';
import { electionsForScope } from '$lib/server/elections/queries';
import { mandateActions } from '$lib/server/mandates/form-actions';
import { mayManageForums } from '$lib/server/writing/forums';
import { chapterName } from '$lib/server/chapters/names';
import { countryName } from '$lib/server/geo/countries';
import { actorOf, formAction, runQuery } from '$lib/server/http';
import { pageNumber } from '$lib/server/paging';
import { organisationName } from '$lib/server/instance/cached';
import { projectList } from '$lib/server/projects/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { locals, params } = event;
	const actor = actorOf(event);
	const page = await runQuery(() =>
		chapterBySlug(locals.db, actor, params.slug, pageNumber(event.url.searchParams.get('page')))
	);
	const orgName = await organisationName(locals.db, locals.locale);
	const name = (c: { kind: string; name: string; country: string | null }) =>
		chapterName(c, locals.locale, orgName);
	const [projects, news, decisions, elections] = await Promise.all([
		projectList(locals.db, actor, { chapterId: page.chapter.id }, undefined, 5),
		chapterNews(locals.db, actor, page.chapter),
		chapterDecisions(locals.db, page.chapter),
		electionsForScope(locals.db, actor, chapterScope(page.chapter), 5)
	]);
	const organisation = page.chapter.kind === 'organisation';
	return {
		...page,
		projects: projects.projects,
		news,
		decisions,
		elections,
		scopeRef: organisation ? 'organisation' : `chapter:${page.chapter.id}`,
		canManageForums: mayManageForums(actor, organisation ? null : page.chapter.id),
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

const action = (command: typeof joinChapter, done: string) =>
	formAction(done, (event, actor, values) => command(event.locals.db, actor, values));

export const actions: Actions = {
	join: action(joinChapter, 'joined'),
	leave: action(leaveChapter, 'left'),
	move: action(moveToChapter, 'moved'),
	...mandateActions
};
