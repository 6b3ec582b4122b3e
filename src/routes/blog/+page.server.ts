import { POST_KINDS } from '$lib/server/db/schema';
import { actorOf, runQuery } from '$lib/server/http';
import { memberByHandle, ownDrafts, parseCursor, postList } from '$lib/server/writing/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const params = event.url.searchParams;
	const asked = params.get('kind');
	const kind = POST_KINDS.find((k) => k === asked);
	const tag = params.get('tag')?.slice(0, 40) || undefined;
	const handle = params.get('author')?.slice(0, 30) || undefined;
	const reader = actorOf(event);
	const db = event.locals.db;
	const author = handle ? await runQuery(() => memberByHandle(db, reader, handle)) : null;
	const list = await runQuery(() =>
		postList(
			db,
			reader,
			{ kind, tag, authorHandle: author?.handle },
			parseCursor(params.get('before'))
		)
	);
	return {
		list,
		filter: { kind, tag, author },
		drafts: reader ? await ownDrafts(db, reader) : [],
		first: !params.get('before')
	};
};
