import { actorOf, formAction, runQuery } from '$lib/server/http';
import { settingPage } from '$lib/server/instance/queries';
import { submitSetting } from '$lib/server/instance/changes';
import { listFields } from '$lib/domain/instance/fields';
import { oneSetting } from '$lib/server/instance/values';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	setting: await runQuery(() =>
		settingPage(event.locals.db, actorOf(event), event.params.key, event.locals.locale)
	),
	changed: event.url.searchParams.has('changed'),
	timeZone: event.locals.member?.timeZone
});

export const actions: Actions = {
	default: async (event) => {
		// Checkbox fields arrive as lists: which ones depends on the setting.
		const setting = await oneSetting(event.locals.db, event.params.key);
		const arrays = setting ? listFields(setting.def) : [];
		return formAction(
			'changed',
			(e, actor, values) =>
				submitSetting(
					e.locals.db,
					actor,
					e.params.key,
					values as Record<string, string | string[]>,
					e.locals.locale
				),
			{ arrays, follow: true }
		)(event);
	}
};
