import { i as notFound, n as commentActions, o as readerOf, r as loadDiscussion, t as actorOf } from "../../../../chunks/actions.js";
import { a as runQuery, i as requireActor, n as formValues, t as attempt } from "../../../../chunks/http.js";
import { r as moderateThread } from "../../../../chunks/commands3.js";
import { f as can } from "../../../../chunks/queries2.js";
import { d as threadById } from "../../../../chunks/queries6.js";
import { t as idFromRef } from "../../../../chunks/reader.js";
import { redirect } from "@sveltejs/kit";
// src/routes/threads/[ref]/+page.server.ts
var load = async (event) => {
	const id = idFromRef(event.params.ref) ?? notFound("forum_error_not_found");
	const reader = await readerOf(event);
	const thread = await runQuery(() => threadById(event.locals.db, reader, id));
	if (event.params.ref !== thread.url.slice(9)) redirect(301, `${thread.url}${event.url.search}`);
	return {
		thread,
		discussion: await runQuery(() => loadDiscussion(event, reader, "thread", id)),
		may: {
			lock: can(reader, "lock-thread", thread),
			pin: can(reader, "pin-thread", thread),
			slowMode: can(reader, "set-slow-mode", thread)
		},
		timeZone: event.locals.member?.timeZone
	};
};
var threadId = (event) => idFromRef(event.params.ref) ?? 0;
var actions = {
	...commentActions("thread", threadId),
	moderate: async (event) => {
		const actor = requireActor(event);
		const values = formValues(await event.request.formData());
		const flag = (v) => v === void 0 ? void 0 : v === "on";
		const result = await attempt(values, () => moderateThread(event.locals.db, actor, threadId(event), {
			locked: flag(values.locked),
			pinned: flag(values.pinned),
			slowMode: flag(values.slowMode)
		}), "moderate");
		if (!result.ok) return result.failure;
		return { moderated: !!actorOf(event) };
	}
};
export { actions, load };
