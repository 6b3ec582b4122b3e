import { actorOf, runQuery } from '$lib/server/http';
import { decisionRegister, ownDrafts } from '$lib/server/decisions/register';
import { myInvitations } from '$lib/server/decisions/coauthors';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = actorOf(event);
	const { db, locale } = event.locals;
	const query = Object.fromEntries(event.url.searchParams);
	const [register, drafts, invitations] = await runQuery(() =>
		Promise.all([
			decisionRegister(db, actor, locale, query),
			actor ? ownDrafts(db, actor) : [],
			actor ? myInvitations(db, actor) : []
		])
	);
	return {
		register,
		drafts,
		invitations: invitations.length,
		timeZone: event.locals.member?.timeZone
	};
};
