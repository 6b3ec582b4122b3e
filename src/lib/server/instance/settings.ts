import { inArray } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { instanceSettings } from '$lib/server/db/schema';
import { translate, type Locale } from '$lib/server/i18n';

/**
 * The organisation's name, mission and values. An installation may set its own text per language;
 * until it does, the defaults are translated messages (an organisation modelled on IOPS).
 */
export type Presentation = {
	name: string;
	tagline: string;
	mission: string;
	values: { title: string; text: string }[];
};

const VALUE_KEYS = [
	'self_management',
	'solidarity',
	'diversity',
	'equity',
	'ecology',
	'internationalism'
] as const;

type Stored = Partial<Record<Locale, string | { title: string; text: string }[]>>;

export async function organisationPresentation(
	db: Queryable,
	locale: Locale
): Promise<Presentation> {
	const rows = await db
		.select()
		.from(instanceSettings)
		.where(inArray(instanceSettings.key, ['org.name', 'org.tagline', 'org.mission', 'org.values']));
	const stored = new Map(rows.map((r) => [r.key, r.value as Stored]));
	const pick = <T>(key: string, fallback: () => T): T => {
		const value = stored.get(key);
		return ((value?.[locale] ?? value?.en) as T | undefined) ?? fallback();
	};
	return {
		name: pick('org.name', () => translate('org_default_name', {}, locale)),
		tagline: pick('org.tagline', () => translate('org_default_tagline', {}, locale)),
		mission: pick('org.mission', () => translate('org_default_mission', {}, locale)),
		values: pick('org.values', () =>
			VALUE_KEYS.map((k) => ({
				title: translate(`value_${k}_title`, {}, locale),
				text: translate(`value_${k}_text`, {}, locale)
			}))
		)
	};
}
