import { redirect, type RequestEvent } from '@sveltejs/kit';
import { actorOf, attempt, formValues, numberParam, requireActor } from '$lib/server/http';
import { NotFound } from '$lib/server/errors';
import { deleteComment, postComment } from './commands';
import { commentForEdit, commentPage } from './queries';
import type { SubjectType } from './subjects';
import { readerFor } from '$lib/server/writing/reader';
import type { Reader } from '$lib/server/writing/policy';

/**
 * What a page with comments loads: the page of comments (`?after=` keyset), and the reply or
 * quote the reader chose (`?reply=`, `?quote=`), so it all works without JavaScript.
 */
export async function loadDiscussion(
	event: Pick<RequestEvent, 'locals' | 'url'>,
	reader: Reader,
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
			if (c.subjectType !== subjectType || c.subjectId !== subjectId || c.deletedAt) continue;
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
	return { ...page, after, replyTo, quote };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each route's own event type
type AnyEvent = RequestEvent<any, any>;

/** Form actions every page with comments shares: comment (or reply) and delete. */
export function commentActions(subjectType: SubjectType, subjectIdOf: (event: AnyEvent) => number) {
	return {
		comment: async (event: AnyEvent) => {
			const actor = requireActor(event);
			const values = formValues(await event.request.formData());
			const result = await attempt(
				values,
				() => postComment(event.locals.db, actor, subjectType, subjectIdOf(event), values),
				'comment'
			);
			if (!result.ok) return result.failure;
			redirect(303, result.value.url);
		},
		deleteComment: async (event: AnyEvent) => {
			const actor = requireActor(event);
			const values = formValues(await event.request.formData());
			const result = await attempt(
				values,
				() => deleteComment(event.locals.db, actor, numberParam(values.id as string)),
				'delete'
			);
			if (!result.ok) return result.failure;
			return { deleted: true };
		}
	};
}

export async function readerOf(event: Pick<RequestEvent, 'locals'>) {
	return readerFor(event.locals.db, actorOf(event));
}
