import { sql } from 'drizzle-orm';
import { bigint, boolean, index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { TIERS } from '../../../domain/members/tiers';
import {
	NAME_FIRST_AND_INITIAL,
	NAME_INITIAL_OF_LAST,
	NAME_TRIM
} from '../../../domain/members/names';
import { THEMES } from '../../../domain/members/themes';
import { AGE_BANDS, GENDERS } from '../../../schemas/members';
import { oneOf } from './checks';

/**
 * The words the directory searches: name, handle and the bio (where members say what they care
 * about). The query must use this exact expression so the GIN index serves it.
 */
export const membersSearchVector = sql.raw(
	`to_tsvector('simple'::regconfig, coalesce("display_name", '') || ' ' || coalesce("handle", '') || ' ' || coalesce("bio", ''))`
);

/**
 * The first word and the initial of the last, computed once when the name is written rather than
 * for every row a list reads (the patterns hold no quote, so they are safe in a literal).
 */
const SHORT_NAME = sql.raw(
	`regexp_replace(regexp_replace("display_name", '${NAME_TRIM}', '', 'g'), '${NAME_FIRST_AND_INITIAL}', '${NAME_INITIAL_OF_LAST}')`
);

/** A person with an account: friend, interim member or member (see docs/decisions.md). */
export const members = pgTable(
	'members',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		email: text('email').notNull(),
		emailVerifiedAt: timestamp('email_verified_at', { withTimezone: true }),
		passwordHash: text('password_hash').notNull(),
		handle: text('handle').notNull(),
		displayName: text('display_name').notNull(),
		/** What visitors see unless the member shows the full name (members/privacy.ts). */
		shortName: text('short_name').generatedAlwaysAs(SHORT_NAME),
		country: text('country').notNull(),
		city: text('city'),
		languages: text('languages')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		bio: text('bio').notNull().default(''),
		locale: text('locale').notNull().default('en'),
		timeZone: text('time_zone').notNull().default('UTC'),
		/** The colours chosen while logged in (null: never chosen; the browser's choice applies). */
		theme: text('theme'),
		tier: text('tier').notNull().default('interim'),
		/** When the member reached their tier: a 'months:N' tier rule counts from here. */
		tierSince: timestamp('tier_since', { withTimezone: true }).notNull().defaultNow(),
		/**
		 * Sets the instance up: the first-run account. While the settings' change rule is
		 * 'operator', operators change settings directly; once it is 'decision', nobody does.
		 */
		isOperator: boolean('is_operator').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		lastActiveAt: timestamp('last_active_at', { withTimezone: true }).notNull().defaultNow(),
		deletedAt: timestamp('deleted_at', { withTimezone: true }),
		// Privacy: every choice starts private; the member opts in from their privacy settings.
		/** Privacy: listed in the directory and chapter member lists. */
		inDirectory: boolean('in_directory').notNull().default(false),
		/** Privacy: counted on the public map of members by country. */
		onMap: boolean('on_map').notNull().default(false),
		/** Privacy: visitors see the full name; otherwise the first name and an initial. */
		showFullName: boolean('show_full_name').notNull().default(false),
		/** Optional, self-declared, shown only in aggregate (groups of at least 10). */
		gender: text('gender'),
		ageBand: text('age_band'),
		/** Lapsing: told by mail at `lapseWarnedAt`, lapsed at `lapsedAt` until they confirm. */
		lapseWarnedAt: timestamp('lapse_warned_at', { withTimezone: true }),
		lapsedAt: timestamp('lapsed_at', { withTimezone: true })
	},
	(t) => [
		// Case-insensitive uniqueness: "Ana@x.org" and "ana@x.org" are one address.
		uniqueIndex('members_email_key').on(sql`lower(${t.email})`),
		uniqueIndex('members_handle_key').on(sql`lower(${t.handle})`),
		index('members_country_idx').on(t.country, t.id),
		// The directory: newest first among listed members, with word search and language filters.
		index('members_directory_idx')
			.on(t.id)
			.where(sql`${t.inDirectory} and ${t.deletedAt} is null and ${t.emailVerifiedAt} is not null`),
		index('members_search_idx').using('gin', sql`${membersSearchVector}`),
		index('members_languages_idx').using('gin', t.languages),
		// No index on last_active_at: marking a member active (once a day, on their first request)
		// then touches no index, so it is a HOT update; the daily lapsing job reads the table whole.
		oneOf('members_tier_check', t.tier, TIERS),
		oneOf('members_gender_check', t.gender, GENDERS),
		oneOf('members_age_band_check', t.ageBand, AGE_BANDS),
		oneOf('members_theme_check', t.theme, THEMES)
	]
);

export type Member = typeof members.$inferSelect;
