import { organisationFigures } from '$lib/server/members/queries';
import { organisationPresentation } from '$lib/server/instance/settings';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const [presentation, figures] = await Promise.all([
		organisationPresentation(locals.db, locals.locale),
		organisationFigures(locals.db)
	]);
	return { presentation, figures };
};
