import { actorOf, notFound } from '$lib/server/http';
import { idFromRef } from '$lib/server/refs';
import { redirect, type RequestEvent } from '@sveltejs/kit';
import { languageOptions } from '$lib/server/geo/languages';
import type { Db } from '$lib/server/db/client';
import { attempt, formValues, requireActor } from '$lib/server/http';
import type { Actor } from '$lib/server/members/policy';
import { Forbidden } from '$lib/server/errors';
import { runQuery } from '$lib/server/http';
import { loadProject, projectActorFor } from './context';
import { can, type ProjectAction } from './policy';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each route's own event type
type AnyEvent = RequestEvent<any, any>;

/** The signed-in member as projects' policies see them (or null for a visitor). */
export function projectActorOf(event: Pick<RequestEvent, 'locals'>) {
	return projectActorFor(event.locals.db, actorOf(event));
}

/** The id in `/projects/12-some-title` (or a task's `/tasks/7`), or a 404. */
export function refId(ref: string | undefined, missing = 'project_error_not_found'): number {
	return idFromRef(ref ?? '') ?? notFound(missing);
}

/**
 * A form action that runs one command on the id taken from the URL. On success it returns
 * `{ [done]: true }`, or redirects when the command returns a `url` and `follow` is set.
 */
export function projectAction<T>(
	done: string,
	command: (db: Db, actor: Actor, id: number, values: Record<string, unknown>) => Promise<T>,
	idOf: (event: AnyEvent) => number,
	follow = false
) {
	return async (event: AnyEvent) => {
		const actor = requireActor(event);
		const values = formValues(await event.request.formData());
		const result = await attempt(
			values,
			() => command(event.locals.db, actor, idOf(event), values),
			done
		);
		if (!result.ok) return result.failure;
		const url = (result.value as { url?: string } | undefined)?.url;
		if (follow && url) redirect(303, url);
		return { [done]: true };
	};
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
	requireActor(event);
	const who = await projectActorOf(event);
	return runQuery(async () => {
		const loaded = await loadProject(event.locals.db, who, refId(event.params.ref));
		if (!can(who, action, loaded.subject)) throw new Forbidden(refusal);
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
			default: async (event: AnyEvent) => {
				const actor = requireActor(event);
				const values = formValues(await event.request.formData());
				const result = await attempt(values, () =>
					command(event.locals.db, actor, refId(event.params.ref), values)
				);
				if (!result.ok) return result.failure;
				redirect(303, result.value.url);
			}
		}
	};
}
