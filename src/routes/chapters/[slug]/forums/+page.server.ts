import { chapterName } from '$lib/server/chapters/names';
import { actorOf, formAction, runQuery, type AnyEvent } from '$lib/server/http';
import { organisationName } from '$lib/server/instance/cached';
import { archiveForum, chapterForums, createForum, renameForum } from '$lib/server/writing/forums';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { locals, params } = event;
	const page = await runQuery(() => chapterForums(locals.db, actorOf(event), params.slug));
	const orgName = await organisationName(locals.db, locals.locale);
	return {
		...page,
		chapter: { ...page.chapter, displayName: chapterName(page.chapter, locals.locale, orgName) }
	};
};

/** The chapter the form is about, from the address (a form cannot name another chapter). */
const chapterOf = async (event: AnyEvent) =>
	(await runQuery(() => chapterForums(event.locals.db, null, event.params.slug))).chapter.id;

export const actions: Actions = {
	create: formAction('created', async (event, actor, values) =>
		createForum(event.locals.db, actor, await chapterOf(event), values)
	),
	rename: formAction('renamed', async (event, actor, values) =>
		renameForum(event.locals.db, actor, await chapterOf(event), values.forum, values)
	),
	archive: formAction('archived', async (event, actor, values) =>
		archiveForum(event.locals.db, actor, await chapterOf(event), values)
	)
};
