import { withPageHtml } from '$lib/server/page-html';
import '$lib/server/commentables';
import type { RequestEvent } from '@sveltejs/kit';
import type { Actor } from '$lib/domain/members/actor';
import { formAction, numberParam, type AnyEvent } from '$lib/server/http';
import { NotFound } from '$lib/server/errors';
import { imageFormAction } from '$lib/server/writing/attach-image';
import { deleteComment, postComment } from './commands';
import { commentForEdit, commentPage } from './queries';
import type { SubjectType } from './registry';

/**
 * What a page with comments loads: the page of comments (`?after=` keyset), and the reply or
 * quote the reader chose (`?reply=`, `?quote=`), so it all works without JavaScript.
 */
export async function loadDiscussion(
	event: Pick<RequestEvent, 'locals' | 'url' | 'isDataRequest'>,
	reader: Actor | null,
	subjectType: SubjectType,
	subjectId: number
) {
	const db = event.locals.db;
	const after = numberParam(event.url.searchParams.get('after'));
	const page = await commentPage(db, reader, subjectType, subjectId, after);
	const replyId = numberParam(event.url.searchParams.get('reply'));
	const quoteId = numberParam(event.url.searchParams.get('quote'));
	let replyTo: { id: number; displayName: string } | null = null;
	let quote: { id: number; text: string } | null = null;
	for (const id of [replyId, quoteId]) {
		if (!id) continue;
		try {
			const c = await commentForEdit(db, reader, id);
			if (c.subjectType !== subjectType || c.subjectId !== subjectId || c.deletedAt || c.hidden)
				continue;
			if (id === replyId) replyTo = { id, displayName: c.displayName };
			if (id === quoteId) {
				const quoted = c.body
					.split('\n')
					.map((line) => `> ${line}`)
					.join('\n');
				quote = { id, text: `> **@${c.handle}**:\n${quoted}\n\n` };
				replyTo ??= { id, displayName: c.displayName };
			}
		} catch (err) {
			if (!(err instanceof NotFound)) throw err;
		}
	}
	return withPageHtml(event, { ...page, after, replyTo, quote });
}

/** Form actions every page with comments shares: comment (or reply) and delete. */
export function commentActions(subjectType: SubjectType, subjectIdOf: (event: AnyEvent) => number) {
	return {
		comment: imageFormAction(
			'comment',
			(event, actor, values) =>
				postComment(event.locals.db, actor, subjectType, subjectIdOf(event), values),
			{ follow: true }
		),
		deleteComment: formAction('delete', (event, actor, values) =>
			deleteComment(event.locals.db, actor, numberParam(values.id as string))
		)
	};
}
