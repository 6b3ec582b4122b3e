import { followAsOrganisation, setBlogFederation } from '$lib/server/federation/commands';
import { federationSettings } from '$lib/server/federation/queries';
import { formAction, requireActor, runQuery } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	return {
		federation: await runQuery(() => federationSettings(event.locals.db, actor, event.url.host))
	};
};

export const actions: Actions = {
	blog: formAction('saved', (event, actor, values) =>
		setBlogFederation(event.locals.db, actor, values)
	),
	follow: formAction('followed', async (event, actor, values) => {
		await followAsOrganisation(event.locals.db, actor, event.url.origin, values);
		event.locals.app.federation.kick();
	})
};
