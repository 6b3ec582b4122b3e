import { json } from '@sveltejs/kit';
import { organisationAtAGlance } from '$lib/server/glance/queries';
import { runQuery } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** The organisation at a glance as JSON (aggregates only; map counts respect privacy). */
export const GET: RequestHandler = async ({ locals }) =>
	json(await runQuery(() => organisationAtAGlance(locals.db)));
