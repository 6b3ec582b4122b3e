import { json } from '@sveltejs/kit';
import { chapterTree } from '$lib/server/chapters/queries';
import { runQuery } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** The federation of chapters as JSON: countries and regions with their local chapters and counts. */
export const GET: RequestHandler = async ({ locals }) => {
	const tree = await runQuery(() => chapterTree(locals.db));
	return json({ chapters: tree.chapters, activeThreshold: tree.activeThreshold });
};
