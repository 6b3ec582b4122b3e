import { json } from '@sveltejs/kit';
import { requireActor, runQuery } from '$lib/server/http';
import { exportMemberData } from '$lib/server/members/export';
import type { RequestHandler } from './$types';

/** The member's own data as a download; never cached anywhere on the way. */
export const GET: RequestHandler = async (event) => {
	const actor = requireActor(event);
	const data = await runQuery(() => exportMemberData(event.locals.db, actor));
	const day = data.exportedAt.slice(0, 10);
	return json(data, {
		headers: {
			'cache-control': 'no-store',
			'content-disposition': `attachment; filename="plenary-${actor.id}-${day}.json"`
		}
	});
};
