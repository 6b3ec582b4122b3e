import { apiFallback, apiRoute } from '$lib/server/api/operation';
import { OPS } from '$lib/server/api/operations';
import { chapterBySlug } from '$lib/server/chapters/queries';

/** A chapter: the same query, so the same privacy rules, as its page. */
export const GET = apiRoute(OPS.getChapter, async ({ db, actor, event }) => {
	const page = await chapterBySlug(db, actor, event.params.slug ?? '');
	return {
		chapter: page.chapter,
		parent: page.parent,
		children: page.children,
		stats: page.stats,
		members: page.members,
		facilitators: page.facilitators.mandates.map((f) => ({
			handle: f.holder.handle,
			name: f.holder.name,
			startsAt: f.startsAt,
			endsAt: f.endsAt
		}))
	};
});

/** Any other method: 405 with Allow, as problem details. */
export const fallback = apiFallback;
