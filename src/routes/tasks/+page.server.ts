import { runQuery, actorOf } from '$lib/server/http';
import {
	chaptersWithProjects,
	openTaskSkills,
	parseTaskCursor,
	smallTasks
} from '$lib/server/projects/queries';
import { languageOptions } from '$lib/server/geo/languages';
import { smallTaskFilter } from '$lib/schemas/projects';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const params = Object.fromEntries(event.url.searchParams);
	const filter = smallTaskFilter.parse(params);
	const who = actorOf(event);
	const db = event.locals.db;
	const [chapters, skills] = await Promise.all([chaptersWithProjects(db), openTaskSkills(db)]);
	const chapter = chapters.find((c) => c.slug === filter.chapter) ?? null;
	const list = await runQuery(() =>
		smallTasks(
			db,
			who,
			{
				skill: filter.skill || undefined,
				language: filter.language,
				chapterId: chapter?.id,
				remote: filter.remote === '1',
				maxMinutes: filter.max
			},
			parseTaskCursor(event.url.searchParams.get('after'))
		)
	);
	return {
		list,
		chapters,
		skills,
		languages: languageOptions(event.locals.locale),
		filter: {
			skill: filter.skill ?? '',
			language: filter.language ?? '',
			chapter: chapter?.slug ?? '',
			remote: filter.remote === '1',
			max: filter.max
		}
	};
};
