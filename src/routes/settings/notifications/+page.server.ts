import { formAction, requireActor } from '$lib/server/http';
import { channelSettings, followList } from '$lib/server/notifications/queries';
import { setFollow, updateNotificationSettings } from '$lib/server/notifications/commands';
import { memberChapters } from '$lib/server/chapters/queries';
import { myProjects } from '$lib/server/projects/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	const { db } = event.locals;
	const [settings, follows, chapters, projects] = await Promise.all([
		channelSettings(db, actor.id),
		followList(db, actor),
		memberChapters(db, actor.id),
		myProjects(db, actor)
	]);
	// Your chapters and projects first, then whatever else you follow or muted.
	const modeOf = (type: string, id: number) =>
		follows.find((f) => f.scopeType === type && f.scopeId === id)?.mode ?? 'default';
	const scopes = [
		...chapters.map((c) => ({ scopeType: 'chapter', scopeId: c.id, title: c.name })),
		...projects.map((p) => ({ scopeType: 'project', scopeId: p.id, title: p.title }))
	];
	for (const f of follows)
		if (!scopes.some((s) => s.scopeType === f.scopeType && s.scopeId === f.scopeId))
			scopes.push({ scopeType: f.scopeType, scopeId: f.scopeId, title: f.title });
	return {
		settings,
		scopes: scopes.map((s) => ({ ...s, mode: modeOf(s.scopeType, s.scopeId) }))
	};
};

export const actions: Actions = {
	save: formAction('saved', (event, actor, values) =>
		updateNotificationSettings(event.locals.db, actor, values)
	),
	follow: formAction('followed', (event, actor, values) =>
		setFollow(event.locals.db, actor, values)
	)
};
