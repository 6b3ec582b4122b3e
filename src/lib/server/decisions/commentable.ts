/** Decisions take comments: their discussion is open to all once submitted. */
import { eq } from 'drizzle-orm';
import { decisions } from '$lib/server/db/schema';
import { NotFound } from '$lib/server/errors';
import { registerCommentable } from '$lib/server/comments/registry';
import { slugify } from '$lib/server/refs';

declare module '$lib/server/comments/registry' {
	interface CommentableTypes {
		decision: true;
	}
}

registerCommentable('decision', {
	async load(db, _actor, id, lock) {
		const query = db
			.select({
				id: decisions.id,
				authorId: decisions.authorId,
				title: decisions.title,
				phase: decisions.phase,
				locked: decisions.commentsLocked,
				slowModeSeconds: decisions.slowModeSeconds,
				scopeKind: decisions.scopeKind,
				scopeId: decisions.scopeId
			})
			.from(decisions)
			.where(eq(decisions.id, id));
		const [d] = lock ? await query.for('share') : await query;
		// A draft has no discussion yet.
		if (!d || d.phase === 'draft') throw new NotFound('decision_error_not_found');
		return {
			id: d.id,
			authorId: d.authorId,
			title: d.title,
			locked: d.locked,
			slowModeSeconds: d.slowModeSeconds,
			chapterId: d.scopeKind === 'chapter' ? d.scopeId : null,
			url: `/decisions/${d.id}-${slugify(d.title)}`
		};
	}
});
