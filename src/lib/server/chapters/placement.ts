import { and, eq, sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { chapterMemberships, chapters } from '$lib/server/db/schema';
import type { AppEvent } from '$lib/server/events/append';
import { Conflict } from '$lib/server/errors';
import { eventAbout } from '$lib/server/events/about';
import { slugify } from '$lib/server/refs';

/** "  new   york " → "new york": how a city is compared and stored. */
export function normaliseCity(city: string | null | undefined): string | null {
	const clean = (city ?? '').trim().replace(/\s+/g, ' ');
	return clean ? clean.slice(0, 80) : null;
}

async function freeSlug(tx: Queryable, base: string): Promise<string> {
	const taken = await tx
		.select({ slug: chapters.slug })
		.from(chapters)
		.where(sql`${chapters.slug} = ${base} or ${chapters.slug} like ${base + '-%'}`);
	const used = new Set(taken.map((r) => r.slug));
	if (!used.has(base)) return base;
	for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The organisation's root chapter, created the first time it is needed. */
export async function ensureRootChapter(tx: Queryable): Promise<number> {
	const [root] = await tx
		.select({ id: chapters.id })
		.from(chapters)
		.where(eq(chapters.kind, 'organisation'))
		.limit(1);
	if (root) return root.id;
	const [created] = await tx
		.insert(chapters)
		.values({ kind: 'organisation', name: 'organisation', slug: 'organisation' })
		.returning({ id: chapters.id });
	return created.id;
}

/** The chapter of a country, created (under the root) when none exists. */
export async function ensureCountryChapter(
	tx: Queryable,
	country: string,
	actorId: number | null,
	events: AppEvent[]
): Promise<{ id: number; created: boolean }> {
	const find = () =>
		tx
			.select({ id: chapters.id })
			.from(chapters)
			.where(and(eq(chapters.kind, 'country'), eq(chapters.country, country)));
	const [found] = await find();
	if (found) return { id: found.id, created: false };
	const rootId = await ensureRootChapter(tx);
	const [created] = await tx
		.insert(chapters)
		.values({
			kind: 'country',
			parentId: rootId,
			country,
			name: country,
			slug: await freeSlug(tx, country.toLowerCase())
		})
		// Two first members of a country at once: the other one created it (chapters_country_key).
		.onConflictDoNothing()
		.returning({ id: chapters.id });
	if (!created) return { id: (await existing(find)).id, created: false };
	events.push({
		type: 'chapter.created',
		actorId,
		subjectType: 'chapter',
		subjectId: created.id,
		data: { kind: 'country', country }
	});
	return { id: created.id, created: true };
}

/** The local chapter of a city, created (under its country) when none exists. */
export async function ensureLocalChapter(
	tx: Queryable,
	country: string,
	city: string,
	actorId: number | null,
	events: AppEvent[]
): Promise<{ id: number; created: boolean }> {
	const find = () =>
		tx
			.select({ id: chapters.id })
			.from(chapters)
			.where(
				and(
					eq(chapters.kind, 'local'),
					eq(chapters.country, country),
					sql`lower(${chapters.city}) = lower(${city})`
				)
			);
	const [found] = await find();
	if (found) return { id: found.id, created: false };
	const parent = await ensureCountryChapter(tx, country, actorId, events);
	const [created] = await tx
		.insert(chapters)
		.values({
			kind: 'local',
			parentId: parent.id,
			country,
			city,
			name: city,
			slug: await freeSlug(tx, `${country.toLowerCase()}-${slugify(city, 'chapter')}`)
		})
		// Two first members of a city at once: the other one created it (chapters_local_city_key).
		.onConflictDoNothing()
		.returning({ id: chapters.id });
	if (!created) return { id: (await existing(find)).id, created: false };
	events.push({
		type: 'chapter.created',
		actorId,
		subjectType: 'chapter',
		subjectId: created.id,
		data: { kind: 'local', country, city }
	});
	return { id: created.id, created: true };
}

/** The chapter a concurrent sign-up just created (its insert won the unique index). */
async function existing(find: () => Promise<{ id: number }[]>): Promise<{ id: number }> {
	const [row] = await find();
	// A slug taken at the same moment by another chapter: the sign-up is refused, nothing is kept.
	if (!row) throw new Conflict('error_form');
	return row;
}

/**
 * Put a new member in the local chapter of their city (created when none exists), and so in its
 * country chapter; without a city, in the country chapter. Runs in the transaction that first
 * confirms the member's address (never at sign-up: an unconfirmed address makes no chapter); the
 * events it causes (chapters created, the member placed) are added to `events` for the command
 * to append after its own.
 */
export async function placeNewMember(
	tx: Queryable,
	member: { id: number; country: string; city: string | null },
	events: AppEvent[]
): Promise<{ chapterId: number; created: boolean }> {
	const city = normaliseCity(member.city);
	const target = city
		? await ensureLocalChapter(tx, member.country, city, member.id, events)
		: await ensureCountryChapter(tx, member.country, member.id, events);
	await tx
		.insert(chapterMemberships)
		.values({ chapterId: target.id, memberId: member.id, home: true })
		.onConflictDoNothing();
	events.push(
		eventAbout('chapter', target.id, member.id, {
			type: 'member.placed',
			data: { memberId: member.id, created: target.created }
		})
	);
	return { chapterId: target.id, created: target.created };
}
