import { AID_CATEGORIES, AID_KINDS, parseAidFilter } from '$lib/domain/aid/rules';
import { aidBoard, boardChapters } from '$lib/server/aid/queries';
import { can } from '$lib/server/aid/policy';
import { languageOptions } from '$lib/server/geo/languages';
import { actorOf, runQuery } from '$lib/server/http';
import { timeCursor } from '$lib/server/paging';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const params = event.url.searchParams;
	const reader = actorOf(event);
	const db = event.locals.db;
	const chapters = await boardChapters(db);
	// A chapter with nothing on the board is not among the choices: the filter ignores it, as
	// it ignores any value it does not know, so the form always shows what the list is.
	const parsed = parseAidFilter(params);
	const place = parsed.place;
	const known = place.kind !== 'chapter' || chapters.some((c) => c.slug === place.slug);
	const filter = known ? parsed : { ...parsed, place: { kind: 'any' as const } };
	const board = await runQuery(() =>
		aidBoard(db, reader, filter, timeCursor(params.get('before')))
	);
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
				filter.place.kind === 'chapter'
					? filter.place.slug
					: filter.place.kind === 'any' || (filter.place.kind === 'near' && !reader)
						? ''
						: filter.place.kind,
			language: filter.language ?? '',
			q: filter.q ?? ''
		},
		first: !params.get('before'),
		canPost: can(reader, 'post', null)
	};
};
