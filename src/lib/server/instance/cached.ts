import type { Queryable } from '$lib/server/db/client';
import type { Locale } from '$lib/server/i18n';
import { cached } from '$lib/server/cache';
import { organisationFigures } from '$lib/server/members/queries';
import { organisationPresentation } from './settings';

// On every page, or on the busiest one; reading them once a minute per process is plenty.
const presentation = cached(60_000, (locale: Locale, db: Queryable) =>
	organisationPresentation(db, locale)
);
const figures = cached(60_000, (_key: 'all', db: Queryable) => organisationFigures(db));

export function cachedPresentation(db: Queryable, locale: Locale) {
	return presentation(locale, db);
}

export async function organisationName(db: Queryable, locale: Locale): Promise<string> {
	return (await presentation(locale, db)).name;
}

export function cachedFigures(db: Queryable) {
	return figures('all', db);
}
