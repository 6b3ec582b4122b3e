import { myInvitations } from '$lib/server/decisions/coauthors';
import { requireActor, runQuery } from '$lib/server/http';
import type { PageServerLoad } from './$types';

/** The drafts the member is invited to co-author; each is answered on the draft's own page. */
export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	const invitations = await runQuery(() => myInvitations(event.locals.db, actor));
	return { invitations };
};
