import { error, json } from '@sveltejs/kit';
import { numberParam } from '$lib/server/http';
import { endPhaseForTest } from '$lib/server/elections/advance';
import { translate } from '$lib/server/i18n';
import type { RequestHandler } from './$types';

// Browser tests only: absent unless PLENARY_TEST_CLOCK=on.
export const POST: RequestHandler = async ({ params, locals }) => {
	if (!locals.app.config.testClock) error(404, translate('error_page_not_found'));
	const steps = await endPhaseForTest(locals.db, numberParam(params.id));
	return json({ steps });
};
