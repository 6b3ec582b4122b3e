/** Projects take comments: whoever may see a project may read and join its discussion. */
import { registerCommentable } from '$lib/server/comments/registry';
import { loadProject } from './context';

declare module '$lib/server/comments/registry' {
	interface CommentableTypes {
		project: true;
	}
}

registerCommentable('project', {
	async load(db, actor, id, lock) {
		// Shared: the project cannot be archived while a comment on it is being written.
		const { project, url } = await loadProject(db, actor, id, lock ? 'share' : undefined);
		return {
			id: project.id,
			authorId: project.proposedBy,
			title: project.title,
			url,
			// An archived project's discussion is closed.
			locked: project.status === 'archived',
			slowModeSeconds: 0,
			chapterId: project.chapterId
		};
	}
});
