import { chapterOverview, findChapters } from '$lib/server/chapters/queries';
import { chapterName } from '$lib/server/chapters/names';
import { countryOptions } from '$lib/server/geo/countries';
import { Invalid } from '$lib/server/errors';
import { runQuery } from '$lib/server/http';
import { organisationName } from '$lib/server/instance/cached';
import { membershipSettings } from '$lib/server/instance/membership-settings';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const q = (url.searchParams.get('q') ?? '').trim();
	const orgName = await organisationName(locals.db, locals.locale);
	// Only what the page shows travels: the page is the same size whatever the organisation's.
	const named = (c: {
		id: number;
		kind: string;
		slug: string;
		name: string;
		country: string | null;
		members?: number;
		isActive?: boolean;
	}) => ({
		id: c.id,
		slug: c.slug,
		kind: c.kind,
		displayName: chapterName(c, locals.locale, orgName),
		members: c.members ?? 0,
		isActive: c.isActive ?? false
	});
	if (q) {
		// A country is also found by its name in the reader's language ("Allemagne").
		const needle = q.toLocaleLowerCase(locals.locale);
		const countries = countryOptions(locals.locale)
			.filter((c) => c.name.toLocaleLowerCase(locals.locale).includes(needle))
			.map((c) => c.code);
		const found = await runQuery(() => {
			if (q.length > 100) throw new Invalid('error_directory_query_too_long');
			return findChapters(locals.db, q, countries);
		});
		const { activeChapterMembers } = await membershipSettings(locals.db);
		return {
			q,
			found: { chapters: found.chapters.map(named), more: found.more },
			chapters: [],
			others: [],
			activeThreshold: activeChapterMembers
		};
	}
	const overview = await runQuery(() => chapterOverview(locals.db));
	const counted = (c: Parameters<typeof named>[0] & { localCount: number }) => ({
		...named(c),
		localCount: c.localCount
	});
	return {
		q,
		found: null,
		chapters: overview.chapters.map((c) => ({ ...counted(c), children: c.children.map(named) })),
		others: overview.others.map(counted),
		activeThreshold: overview.activeThreshold
	};
};
