import { actorOf } from '$lib/server/http';
import { cachedFigures, cachedPresentation } from '$lib/server/instance/cached';
import { myProjects, smallTaskCount } from '$lib/server/projects/queries';
import { yourTurn } from '$lib/server/notifications/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { locals } = event;
	const who = locals.member ? actorOf(event) : null;
	const [presentation, figures, work, turn] = await Promise.all([
		cachedPresentation(locals.db, locals.locale),
		cachedFigures(locals.db),
		who
			? Promise.all([myProjects(locals.db, who), smallTaskCount(locals.db, who)]).then(
					([projects, smallTasks]) => ({ projects, smallTasks })
				)
			: null,
		who ? yourTurn(locals.db, who, locals.locale) : null
	]);
	return { presentation, figures, work, turn, timeZone: locals.member?.timeZone };
};
