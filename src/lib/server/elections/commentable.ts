/**
 * Elections take comments: members ask the candidates questions and the candidates answer, in one
 * discussion on the election's page, open to all from the call to the close.
 */
import { eq } from 'drizzle-orm';
import { elections } from '$lib/server/db/schema';
import { NotFound } from '$lib/server/errors';
import { registerCommentable } from '$lib/server/comments/registry';

declare module '$lib/server/comments/registry' {
	interface CommentableTypes {
		election: true;
	}
}

registerCommentable('election', {
	async load(db, _actor, id, lock) {
		const query = db
			.select({
				id: elections.id,
				createdBy: elections.createdBy,
				role: elections.role,
				scopeKind: elections.scopeKind,
				scopeId: elections.scopeId
			})
			.from(elections)
			.where(eq(elections.id, id));
		const [e] = lock ? await query.for('share') : await query;
		if (!e) throw new NotFound('election_error_not_found');
		return {
			id: e.id,
			authorId: e.createdBy ?? 0,
			title: e.role,
			locked: false,
			slowModeSeconds: 0,
			chapterId: e.scopeKind === 'chapter' ? e.scopeId : null,
			url: `/elections/${e.id}`
		};
	}
});
