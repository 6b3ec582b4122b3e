import { sql } from 'drizzle-orm';
import { bigint, index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

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
		country: text('country').notNull(),
		city: text('city'),
		languages: text('languages')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		bio: text('bio').notNull().default(''),
		locale: text('locale').notNull().default('en'),
		timeZone: text('time_zone').notNull().default('UTC'),
		tier: text('tier').notNull().default('interim'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		lastActiveAt: timestamp('last_active_at', { withTimezone: true }).notNull().defaultNow(),
		deletedAt: timestamp('deleted_at', { withTimezone: true })
	},
	(t) => [
		// Case-insensitive uniqueness: "Ana@x.org" and "ana@x.org" are one address.
		uniqueIndex('members_email_key').on(sql`lower(${t.email})`),
		uniqueIndex('members_handle_key').on(sql`lower(${t.handle})`),
		index('members_country_idx').on(t.country, t.id)
	]
);

export type Member = typeof members.$inferSelect;
