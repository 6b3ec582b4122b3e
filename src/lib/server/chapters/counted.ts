/**
 * Figures counted over every member (each chapter's members, the organisation at a glance) are
 * computed once per change that could alter them, not once per request: a request reads one
 * small number from the database (`countsMark`, the last event that could change a count) and
 * the kept figures while that number and the settings they depend on are the same.
 *
 * The mark is exact across app processes, since every command appends its event in the same
 * transaction as its change: after a member joins, the next request in any process sees a new
 * mark and counts again. Two changes whose transactions commit in the other order than their
 * events were numbered, and a change made outside the commands (an operator's SQL), are caught
 * by the life of a kept value, `COUNTS_LIFE_MS`.
 */
import { sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import {
	membershipSettings,
	type MembershipSettings
} from '$lib/server/instance/membership-settings';

/** How long kept figures are trusted at most, whatever the mark says. */
export const COUNTS_LIFE_MS = 60_000;

/**
 * Every event whose change can alter a count of members by chapter, by country, by gender or age
 * band, or the convention's readiness: who is in which chapter, which chapters there are and
 * where, whose address is confirmed, who lapsed or left, who is on the map or listed, and a
 * member's country, gender and age band (a profile). Settings are part of the key instead.
 */
export const COUNTED_EVENTS = [
	'chapter.created',
	'chapter.joined',
	'chapter.left',
	'chapter.moved-to',
	'member.placed',
	'member.joined',
	'member.verified',
	'member.email-changed',
	'member.lapsed',
	'member.reactivated',
	'member.deleted',
	'member.privacy-updated',
	'member.profile-updated',
	'instance.set-up'
] as const;

/**
 * The number of the last event that could change a count. One look-up in `events_type_idx` per
 * type, each reading a single index entry: the same cost at 100 members or 100,000. The range on
 * `type` (rather than `=`) keeps the order by type and id one that only that index gives; with
 * `=` the planner may walk the primary key backwards instead, through every event since the last
 * of a type (8 ms instead of 0.1 after 100,000 comments; for a type never seen, every event).
 */
export async function countsMark(db: Queryable): Promise<number> {
	const types = sql.join(
		COUNTED_EVENTS.map((t) => sql`${t}`),
		sql`, `
	);
	const result = await db.execute<{ mark: number | string | null }>(sql`
		select max(last.id)::bigint as mark
		from unnest(array[${types}]::text[]) as t(type)
		cross join lateral (
			select e.id from events e where e.type >= t.type and e.type <= t.type
			order by e.type desc, e.id desc limit 1) last`);
	return Number(result.rows[0]?.mark ?? 0);
}

/**
 * The key figures are kept under: the mark, and the settings they are counted with (`dependsOn`
 * picks them), which are not events.
 */
export async function countsKey(
	db: Queryable,
	dependsOn: (settings: MembershipSettings) => unknown
): Promise<string> {
	const [mark, settings] = await Promise.all([countsMark(db), membershipSettings(db)]);
	return `${mark}:${JSON.stringify(dependsOn(settings))}`;
}

/**
 * A value computed once per database and key, kept until the key changes or `lifeMs` has passed.
 * Only the latest key is kept (an old mark is never asked for again); concurrent requests for the
 * same key share one computation, and a failed one is not remembered.
 */
export function keptPerMark<Db extends object, V>(
	lifeMs: number,
	compute: (db: Db) => Promise<V>
): (db: Db, key: string) => Promise<V> {
	const byDb = new WeakMap<Db, { key: string; at: number; value: Promise<V> }>();
	return (db, key) => {
		const hit = byDb.get(db);
		if (hit && hit.key === key && Date.now() - hit.at < lifeMs) return hit.value;
		const entry = { key, at: Date.now(), value: compute(db) };
		byDb.set(db, entry);
		entry.value.catch(() => {
			if (byDb.get(db) === entry) byDb.delete(db);
		});
		return entry.value;
	};
}

/**
 * The page after `after` of kept rows in order of id: at most `limit`, and the id to page on from
 * (null on the last page). Found by halving, so a page costs the same wherever it starts.
 */
export function pageAfter<T extends { id: number }>(
	rows: readonly T[],
	after: number,
	limit: number
) {
	let from = 0;
	let to = rows.length;
	while (from < to) {
		const mid = (from + to) >> 1;
		if (rows[mid].id <= after) from = mid + 1;
		else to = mid;
	}
	const page = rows.slice(from, from + limit);
	return { page, next: from + limit < rows.length ? page[page.length - 1].id : null };
}
