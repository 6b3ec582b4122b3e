import { i as requireActor, n as formValues, t as attempt } from "./http.js";
import { s as NotFound } from "./errors.js";
import { r as translate } from "./i18n.js";
import { i as commentPage, n as commentForEdit, s as deleteComment, u as postComment } from "./queries2.js";
import { n as readerFor } from "./reader.js";
import { error, redirect } from "@sveltejs/kit";
// src/lib/server/comments/actions.ts
/** A numeric id from a URL parameter or form field, or 0. */
function numberParam(value) {
	return value && /^\d{1,15}$/.test(value) ? Number(value) : 0;
}
function actorOf(event) {
	const m = event.locals.member;
	return m ? {
		id: m.id,
		tier: m.tier
	} : null;
}
/**
* What a page with comments loads: the page of comments (`?after=` keyset), and the reply or
* quote the reader chose (`?reply=`, `?quote=`), so it all works without JavaScript.
*/
async function loadDiscussion(event, reader, subjectType, subjectId) {
	const db = event.locals.db;
	const after = numberParam(event.url.searchParams.get("after"));
	const page = await commentPage(db, reader, subjectType, subjectId, after);
	const replyId = numberParam(event.url.searchParams.get("reply"));
	const quoteId = numberParam(event.url.searchParams.get("quote"));
	let replyTo = null;
	let quote = null;
	for (const id of [replyId, quoteId]) {
		if (!id) continue;
		try {
			const c = await commentForEdit(db, reader, id);
			if (c.subjectType !== subjectType || c.subjectId !== subjectId || c.deletedAt) continue;
			if (id === replyId) replyTo = {
				id,
				displayName: c.displayName
			};
			if (id === quoteId) {
				const quoted = c.body.split("\n").map((line) => `> ${line}`).join("\n");
				quote = {
					id,
					text: `> **@${c.handle}**:\n${quoted}\n\n`
				};
				replyTo ??= {
					id,
					displayName: c.displayName
				};
			}
		} catch (err) {
			if (!(err instanceof NotFound)) throw err;
		}
	}
	return {
		...page,
		after,
		replyTo,
		quote
	};
}
/** Form actions every page with comments shares: comment (or reply) and delete. */
function commentActions(subjectType, subjectIdOf) {
	return {
		comment: async (event) => {
			const actor = requireActor(event);
			const values = formValues(await event.request.formData());
			const result = await attempt(values, () => postComment(event.locals.db, actor, subjectType, subjectIdOf(event), values), "comment");
			if (!result.ok) return result.failure;
			redirect(303, result.value.url);
		},
		deleteComment: async (event) => {
			const actor = requireActor(event);
			const values = formValues(await event.request.formData());
			const result = await attempt(values, () => deleteComment(event.locals.db, actor, numberParam(values.id)), "delete");
			if (!result.ok) return result.failure;
			return { deleted: true };
		}
	};
}
async function readerOf(event) {
	return readerFor(event.locals.db, actorOf(event));
}
function notFound(key) {
	error(404, translate(key));
}
export { numberParam as a, notFound as i, commentActions as n, readerOf as o, loadDiscussion as r, actorOf as t };
