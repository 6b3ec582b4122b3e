import type { Queryable } from '$lib/server/db/client';
import type { Locale } from '$lib/server/i18n';
import { cached } from '$lib/server/cache';
import { organisationFigures } from '$lib/server/members/queries';
import { organisationPresentation } from './settings';

// On every page, or on the busiest one; reading them once a minute per process is plenty. A change
// made in this process starts a new generation, so its author sees it at once (other processes
// within the minute).
let generation = 0;
const presentation = cached(60_000, (key: `${number}:${Locale}`, db: Queryable) =>
	organisationPresentation(db, key.slice(key.indexOf(':') + 1) as Locale)
);

export function forgetPresentation() {
	generation++;
}
const figures = cached(60_000, (_key: 'all', db: Queryable) => organisationFigures(db));

export function cachedPresentation(db: Queryable, locale: Locale) {
	return presentation(`${generation}:${locale}`, db);
}

export async function organisationName(db: Queryable, locale: Locale): Promise<string> {
	return (await presentation(`${generation}:${locale}`, db)).name;
}

export function cachedFigures(db: Queryable) {
	return figures('all', db);
}
