/**
 * The mutual aid board's rules as data: what a post can be (an offer or a request), its fixed
 * categories, how long it stays on the board, and how a board URL's filters are read. Pure: no
 * I/O here; the schema, the input shapes, the commands and the pages all read these.
 */

export const AID_KINDS = ['offer', 'request'] as const;
export type AidKind = (typeof AID_KINDS)[number];

/** The categories, fixed (each has its translation `aid_category_<name>`). */
export const AID_CATEGORIES = [
	'housing',
	'transport',
	'food',
	'skills',
	'childcare',
	'translation',
	'legal',
	'tools',
	'other'
] as const;
export type AidCategory = (typeof AID_CATEGORIES)[number];

/** open: on the board until it expires; fulfilled and withdrawn posts stay on their author's list. */
export const AID_STATUSES = ['open', 'fulfilled', 'withdrawn'] as const;
export type AidStatus = (typeof AID_STATUSES)[number];

/** A post stays a month unless its author picks another day; never more than three months. */
export const AID_DEFAULT_DAYS = 30;
export const AID_MAX_DAYS = 90;
export const AID_TITLE_MAX = 120;
export const AID_BODY_MAX = 5_000;

const DAY = 86_400_000;

export function isAidKind(value: unknown): value is AidKind {
	return typeof value === 'string' && (AID_KINDS as readonly string[]).includes(value);
}

export function isAidCategory(value: unknown): value is AidCategory {
	return typeof value === 'string' && (AID_CATEGORIES as readonly string[]).includes(value);
}

/** A day as `YYYY-MM-DD` (UTC). */
export function dayOf(at: Date): string {
	return at.toISOString().slice(0, 10);
}

/** The last day a new post may run to, and its default, as `YYYY-MM-DD`. */
export function expiryBounds(now: Date): { min: string; max: string; default: string } {
	return {
		min: dayOf(now),
		max: dayOf(new Date(now.getTime() + AID_MAX_DAYS * DAY)),
		default: dayOf(new Date(now.getTime() + AID_DEFAULT_DAYS * DAY))
	};
}

export type ExpiryCheck =
	{ ok: true; expiresAt: Date } | { ok: false; reason: 'invalid' | 'past' | 'far' };

/**
 * When a post chosen to run until `day` (inclusive, UTC) leaves the board: at the end of that
 * day. A day before today is refused, and so is one beyond the maximum.
 */
export function expiryFor(day: string, now: Date): ExpiryCheck {
	const start = Date.parse(`${day}T00:00:00Z`);
	if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(start) || dayOf(new Date(start)) !== day)
		return { ok: false, reason: 'invalid' };
	const bounds = expiryBounds(now);
	if (day < bounds.min) return { ok: false, reason: 'past' };
	if (day > bounds.max) return { ok: false, reason: 'far' };
	return { ok: true, expiresAt: new Date(start + DAY) };
}

/** Where a post is: one of its author's chapters, or remote (no chapter). */
export type AidPlace =
	{ kind: 'any' } | { kind: 'remote' } | { kind: 'near' } | { kind: 'chapter'; slug: string };

export type AidFilter = {
	kind?: AidKind;
	category?: AidCategory;
	place: AidPlace;
	language?: string;
	q?: string;
};

const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;
const LANGUAGE = /^[a-z]{2,3}$/;

/**
 * A board URL's filters. A value that is not one the board knows is ignored (the board shows
 * everything for that filter), never an error: links outlive the lists they were made from.
 */
export function parseAidFilter(params: URLSearchParams): AidFilter {
	const kind = params.get('kind');
	const category = params.get('category');
	const place = params.get('place') ?? '';
	const language = params.get('language') ?? '';
	const q = (params.get('q') ?? '').trim().slice(0, 200);
	return {
		kind: isAidKind(kind) ? kind : undefined,
		category: isAidCategory(category) ? category : undefined,
		place:
			place === 'remote'
				? { kind: 'remote' }
				: place === 'near'
					? { kind: 'near' }
					: SLUG.test(place)
						? { kind: 'chapter', slug: place }
						: { kind: 'any' },
		language: LANGUAGE.test(language) ? language : undefined,
		q: q || undefined
	};
}
