import { json } from '@sveltejs/kit';
import { chapterBySlug } from '$lib/server/chapters/queries';
import { runQuery } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** A chapter as JSON: the same query, so the same privacy rules, as its page. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const actor = locals.actor;
	const page = await runQuery(() => chapterBySlug(locals.db, actor, params.slug));
	return json({
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
	});
};
