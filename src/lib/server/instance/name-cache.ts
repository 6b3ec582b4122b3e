import type { Queryable } from '$lib/server/db/client';
import type { Locale } from '$lib/server/i18n';
import { organisationPresentation } from './settings';

// The name is on every page; reading it once a minute per locale is plenty.
const TTL_MS = 60_000;
const cache = new Map<Locale, { name: string; at: number }>();

export async function organisationName(db: Queryable, locale: Locale): Promise<string> {
	const hit = cache.get(locale);
	if (hit && Date.now() - hit.at < TTL_MS) return hit.name;
	const { name } = await organisationPresentation(db, locale);
	cache.set(locale, { name, at: Date.now() });
	return name;
}
