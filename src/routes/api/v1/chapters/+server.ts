import { apiFallback, apiRoute } from '$lib/server/api/operation';
import { OPS } from '$lib/server/api/operations';
import { chapterTree } from '$lib/server/chapters/queries';

/** The federation of chapters: countries and regions with their local chapters and counts. */
export const GET = apiRoute(OPS.listChapters, async ({ db }) => {
	const tree = await chapterTree(db);
	return { chapters: tree.chapters, activeThreshold: tree.activeThreshold };
});

/** Any other method: 405 with Allow, as problem details. */
export const fallback = apiFallback;
