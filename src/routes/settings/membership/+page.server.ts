import { requireActor, runQuery } from '$lib/server/http';
import { ownTier } from '$lib/server/instance/tiers';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	return { own: await runQuery(() => ownTier(event.locals.db, actor, event.locals.locale)) };
};
