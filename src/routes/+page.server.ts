import { cachedFigures, cachedPresentation } from '$lib/server/instance/cached';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const [presentation, figures] = await Promise.all([
		cachedPresentation(locals.db, locals.locale),
		cachedFigures(locals.db)
	]);
	return { presentation, figures };
};
