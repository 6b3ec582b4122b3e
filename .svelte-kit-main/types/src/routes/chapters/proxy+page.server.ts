// @ts-nocheck
import { chapterTree } from '$lib/server/chapters/queries';
import { chapterName } from '$lib/server/chapters/names';
import { runQuery } from '$lib/server/http';
import { organisationName } from '$lib/server/instance/cached';
import type { PageServerLoad } from './$types';

export const load = async ({ locals }: Parameters<PageServerLoad>[0]) => {
	const tree = await runQuery(() => chapterTree(locals.db));
	const orgName = await organisationName(locals.db, locals.locale);
	const named = <T extends { kind: string; name: string; country: string | null }>(c: T) => ({
		...c,
		displayName: chapterName(c, locals.locale, orgName)
	});
	const collator = new Intl.Collator(locals.locale);
	return {
		chapters: tree.chapters
			.map((c) => ({ ...named(c), children: c.children.map(named) }))
			.sort((a, b) => b.members - a.members || collator.compare(a.displayName, b.displayName)),
		rootSlug: tree.root?.slug ?? null,
		activeThreshold: tree.activeThreshold
	};
};
