/**
 * The topics of the areas that take comments (their loaders already refuse a reader who may not
 * see the thing), decisions through their own policy, and each member's own notifications.
 */
import '$lib/server/commentables';
import { loadSubject } from '$lib/server/comments/registry';
import { loadDecision } from '$lib/server/decisions/context';
import { registerLiveTopic } from './topics';

for (const area of ['thread', 'post', 'project', 'election'])
	registerLiveTopic(area, async (db, viewer, id) => {
		await loadSubject(db, viewer, area, id);
		return true;
	});

// A decision's view rule (a private committee's decisions are its members' alone).
registerLiveTopic('decision', async (db, viewer, id) => {
	await loadDecision(db, viewer, id);
	return true;
});

// A member's own notifications: nobody else's.
registerLiveTopic('member', async (_db, viewer, id) => viewer?.id === id && !viewer.lapsed);
