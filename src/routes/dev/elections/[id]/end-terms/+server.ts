import { error, json } from '@sveltejs/kit';
import { numberParam } from '$lib/server/http';
import { endTermsForTest } from '$lib/server/elections/advance';
import { translate } from '$lib/server/i18n';
import type { RequestHandler } from './$types';

// Browser tests only: absent unless PLENARY_TEST_CLOCK=on. Ends the terms this election gave.
export const POST: RequestHandler = async ({ params, locals }) => {
	if (!locals.app.config.testClock) error(404, translate('error_page_not_found'));
	const ended = await endTermsForTest(locals.db, numberParam(params.id));
	return json({ ended });
};
