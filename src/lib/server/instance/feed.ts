import type { Queryable } from '$lib/server/db/client';
import type { Locale } from '$lib/paraglide/runtime.js';
import { translate } from '$lib/server/i18n';
import { atomResponse, tagUri, xmlEscape } from '$lib/server/writing/feeds';
import { organisationName } from './cached';
import type { Described } from './describe';
import { settingLog } from './queries';

const list = (fields: Described[] | null, locale: Locale) =>
	fields
		? `<ul>${fields.map((f) => `<li>${xmlEscape(f.label)}: ${xmlEscape(f.text)}</li>`).join('')}</ul>`
		: `<p>${xmlEscape(translate('setting_default_text', {}, locale))}</p>`;

/** The public log of setting changes as an Atom feed (a visitor's view: names as visitors see them). */
export async function settingsLogFeed(db: Queryable, origin: string, locale: Locale) {
	const [{ changes }, name] = await Promise.all([
		settingLog(db, null, locale),
		organisationName(db, locale)
	]);
	return atomResponse({
		id: tagUri(origin, '/organisation/settings/log'),
		title: translate('setting_log_feed_title', { name }, locale),
		selfUrl: `${origin}/organisation/settings/log.xml`,
		pageUrl: `${origin}/organisation/settings/log`,
		language: locale,
		entries: changes.map((c) => ({
			id: tagUri(origin, `/organisation/settings/log/${c.id}`),
			title: c.title,
			url: `${origin}${c.decision?.href ?? `/organisation/settings/${encodeURIComponent(c.key)}`}`,
			updated: c.at,
			author: {
				name: c.person?.name ?? c.decision?.title ?? name
			},
			html: [
				`<p>${xmlEscape(translate('setting_log_before', {}, locale))}</p>`,
				list(c.before, locale),
				`<p>${xmlEscape(translate('setting_log_after', {}, locale))}</p>`,
				list(c.after, locale)
			].join('')
		}))
	});
}
