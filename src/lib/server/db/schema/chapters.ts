import { sql } from 'drizzle-orm';
import {
	bigint,
	boolean,
	customType,
	index,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex,
	type AnyPgColumn
} from 'drizzle-orm/pg-core';
import { oneOf } from './checks';
import { members } from './members';

/** PostgreSQL's tsvector (writing.ts has the same type, but writing.ts imports this file). */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * What the site search reads of a chapter: its name and city first, its description after. A
 * chapter has no language of its own, so its words are kept as written (`simple`); a country's
 * name in the reader's language is matched by code (search/queries.ts).
 */
const CHAPTER_DOCUMENT = sql.raw(
	`setweight(to_tsvector('simple'::regconfig, coalesce(name, '') || ' ' || coalesce(city, '')), 'A') || setweight(to_tsvector('simple'::regconfig, coalesce(description, '')), 'C')`
);

export const CHAPTER_KINDS = ['organisation', 'region', 'country', 'local'] as const;
export type ChapterKind = (typeof CHAPTER_KINDS)[number];

/**
 * The federation of chapters: one `organisation` at the root, `country` (or `region`) chapters
 * under it, `local` chapters under those. A member belongs to chapters through memberships: one
 * home chapter and any others they join. Everyone belongs to the organisation without a row, and a
 * country chapter's people include those of its local chapters.
 */
export const chapters = pgTable(
	'chapters',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		parentId: bigint('parent_id', { mode: 'number' }).references((): AnyPgColumn => chapters.id),
		kind: text('kind').notNull(),
		name: text('name').notNull(),
		slug: text('slug').notNull(),
		/** ISO 3166-1 alpha-2 for country and local chapters. */
		country: text('country'),
		city: text('city'),
		description: text('description').notNull().default(''),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		search: tsvector('search').notNull().generatedAlwaysAs(CHAPTER_DOCUMENT)
	},
	(t) => [
		uniqueIndex('chapters_slug_key').on(t.slug),
		index('chapters_parent_idx').on(t.parentId),
		index('chapters_search_idx').using('gin', t.search),
		// One local chapter per city of a country, whatever the case it was typed in.
		uniqueIndex('chapters_local_city_key')
			.on(t.country, sql`lower(${t.city})`)
			.where(sql`kind = 'local'`),
		uniqueIndex('chapters_country_key')
			.on(t.country)
			.where(sql`kind = 'country'`),
		oneOf('chapters_kind_check', t.kind, CHAPTER_KINDS)
	]
);

export const chapterMemberships = pgTable(
	'chapter_memberships',
	{
		chapterId: bigint('chapter_id', { mode: 'number' })
			.notNull()
			.references(() => chapters.id, { onDelete: 'cascade' }),
		memberId: bigint('member_id', { mode: 'number' })
			.notNull()
			.references(() => members.id, { onDelete: 'cascade' }),
		joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
		/** The member's home chapter (placed at sign-up, changed by moving); one per member. */
		home: boolean('home').notNull().default(false)
	},
	(t) => [
		primaryKey({ columns: [t.chapterId, t.memberId] }),
		index('chapter_memberships_member_idx').on(t.memberId),
		uniqueIndex('chapter_memberships_home_key')
			.on(t.memberId)
			.where(sql`home`)
	]
);

export type Chapter = typeof chapters.$inferSelect;
