import { AID_CATEGORIES, AID_KINDS, parseAidFilter } from '$lib/domain/aid/rules';
import { aidBoard, boardChapters } from '$lib/server/aid/queries';
import { can } from '$lib/server/aid/policy';
import { languageOptions } from '$lib/server/geo/languages';
import { actorOf, runQuery } from '$lib/server/http';
import { timeCursor } from '$lib/server/paging';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const params = event.url.searchParams;
	const filter = parseAidFilter(params);
	const reader = actorOf(event);
	const db = event.locals.db;
	const [board, chapters] = await runQuery(async () => [
		await aidBoard(db, reader, filter, timeCursor(params.get('before'))),
		await boardChapters(db)
	]);
	const place = filter.place;
	return {
		board,
		chapters,
		kinds: AID_KINDS,
		categories: AID_CATEGORIES,
		languages: languageOptions(event.locals.locale),
		filter: {
			kind: filter.kind ?? '',
			category: filter.category ?? '',
			place:
				place.kind === 'chapter'
					? chapters.some((c) => c.slug === place.slug)
						? place.slug
						: ''
					: place.kind === 'any' || (place.kind === 'near' && !reader)
						? ''
						: place.kind,
			language: filter.language ?? '',
			q: filter.q ?? ''
		},
		first: !params.get('before'),
		canPost: can(reader, 'post', null)
	};
};
