import { runQuery, actorOf } from '$lib/server/http';
import { chaptersWithProjects, projectList } from '$lib/server/projects/queries';
import { can } from '$lib/server/projects/policy';
import { PROJECT_STATUSES, type ProjectStatus } from '$lib/schemas/projects';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const params = event.url.searchParams;
	const status = (PROJECT_STATUSES as readonly string[]).includes(params.get('status') ?? '')
		? (params.get('status') as ProjectStatus)
		: undefined;
	const mine = params.get('mine') === '1';
	const chapterSlug = params.get('chapter') ?? '';
	const before = /^\d{1,15}$/.test(params.get('before') ?? '')
		? Number(params.get('before'))
		: undefined;
	const who = actorOf(event);
	const db = event.locals.db;
	const chapters = await chaptersWithProjects(db);
	const chapter = chapters.find((c) => c.slug === chapterSlug) ?? null;
	const list = await runQuery(() =>
		projectList(db, who, { status, mine: mine && !!who, chapterId: chapter?.id }, before)
	);
	return {
		list,
		chapters,
		filter: { status: status ?? '', mine, chapter: chapter?.slug ?? '' },
		canPropose: can(who, 'propose', null),
		first: !before
	};
};
