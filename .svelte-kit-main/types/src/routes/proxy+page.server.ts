// @ts-nocheck
import { cachedFigures, cachedPresentation } from '$lib/server/instance/cached';
import type { PageServerLoad } from './$types';

export const load = async ({ locals }: Parameters<PageServerLoad>[0]) => {
	const [presentation, figures] = await Promise.all([
		cachedPresentation(locals.db, locals.locale),
		cachedFigures(locals.db)
	]);
	return { presentation, figures };
};
