import { json } from '@sveltejs/kit';
import { runQuery, actorOf } from '$lib/server/http';
import { refId } from '$lib/server/projects/actions';
import { projectPage } from '$lib/server/projects/pages';
import type { RequestHandler } from './$types';

/** A project as JSON: the same query, so the same visibility and privacy rules, as its page. */
export const GET: RequestHandler = async (event) => {
	const who = actorOf(event);
	const page = await runQuery(() => projectPage(event.locals.db, who, refId(event.params.id)));
	const { html: _html, needsHtml: _needs, ...project } = page.project;
	return json({
		project,
		chapter: page.chapter,
		members: page.members,
		tasks: page.tasks.map(({ canClaim: _c, myEmpowerment: _e, myOnerousness: _o, ...t }) => t),
		balance: page.balance,
		suggestion: page.suggestion,
		updates: page.updates.map(({ body: _b, ...u }) => u)
	});
};
