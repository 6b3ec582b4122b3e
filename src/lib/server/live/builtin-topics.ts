/**
 * The topics of the areas that take comments (their loaders already refuse a reader who may not
 * see the thing) and each member's own notification count.
 */
import '$lib/server/commentables';
import { loadSubject } from '$lib/server/comments/registry';
import { registerLiveTopic } from './topics';

for (const area of ['thread', 'post', 'decision', 'project', 'election'])
	registerLiveTopic(area, async (db, viewer, id) => {
		await loadSubject(db, viewer, area, id);
		return true;
	});

// A member's own notifications: nobody else's.
registerLiveTopic('member', async (_db, viewer, id) => viewer?.id === id && !viewer.lapsed);
