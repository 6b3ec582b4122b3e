import type { RequestEvent } from '@sveltejs/kit';
import type { Actor } from '$lib/domain/members/actor';
import type { Db } from '$lib/server/db/client';
import { Forbidden } from '$lib/server/errors';
import { languageOptions } from '$lib/server/geo/languages';
import { formAction, notFound, requireActor, runQuery, type AnyEvent } from '$lib/server/http';
import { idFromRef } from '$lib/server/refs';
import { loadProject } from './context';
import { can, type ProjectAction } from './policy';

/** The id in `/projects/12-some-title` (or a task's `/tasks/7`), or a 404. */
export function refId(ref: string | undefined, missing = 'project_error_not_found'): number {
	return idFromRef(ref ?? '') ?? notFound(missing);
}

/**
 * A form action that runs one command on the id taken from the URL (the shared form-action
 * shape: `{ [done]: true }` on success, or the command's `url` when `follow` is set).
 */
export function projectAction<T>(
	done: string,
	command: (db: Db, actor: Actor, id: number, values: Record<string, unknown>) => Promise<T>,
	idOf: (event: AnyEvent) => number,
	follow = false
) {
	return formAction(
		done,
		(event, actor, values) => command(event.locals.db, actor, idOf(event), values),
		{ follow }
	);
}

/**
 * For pages that only a member with a right may open (edit, add a task, write an update): the
 * project from the URL, or the translated 401/403/404 page.
 */
export async function projectFor(
	event: Pick<RequestEvent, 'locals' | 'params'>,
	action: ProjectAction,
	refusal = 'error_forbidden'
) {
	const actor = requireActor(event);
	return runQuery(async () => {
		const loaded = await loadProject(event.locals.db, actor, refId(event.params.ref));
		if (!can(actor, action, loaded.subject)) throw new Forbidden(refusal);
		return loaded;
	});
}

/**
 * A page with one form that a project member fills in (add a task, write an update): the load
 * gives the project and the languages; the action runs the command and goes where it says.
 */
export function memberFormPage(
	action: ProjectAction,
	command: (db: Db, actor: Actor, projectId: number, values: unknown) => Promise<{ url: string }>
) {
	return {
		load: async (event: AnyEvent) => {
			const { project, url } = await projectFor(event, action, 'project_error_not_member');
			return {
				project: { id: project.id, title: project.title, url, language: project.language },
				languages: languageOptions(event.locals.locale)
			};
		},
		actions: {
			default: formAction(
				'default',
				(event, actor, values) => command(event.locals.db, actor, refId(event.params.ref), values),
				{ follow: true }
			)
		}
	};
}
