import { sql } from 'drizzle-orm';
import { bigint, check, customType, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { AID_CATEGORIES, AID_KINDS, AID_STATUSES, type AidStatus } from '../../../domain/aid/rules';
import { chapters } from './chapters';
import { oneOf } from './checks';
import { members } from './members';
import { documentSql } from './writing';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * The mutual aid board: members' offers and requests. A post is on the board while it is open and
 * its expiry is ahead (the queries ask both, so an expired post leaves at once, with no job);
 * fulfilled and withdrawn ones stay on their author's list. No chapter means remote.
 */
export const aidPosts = pgTable(
	'aid_posts',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		kind: text('kind').notNull(),
		category: text('category').notNull(),
		authorId: bigint('author_id', { mode: 'number' })
			.notNull()
			.references(() => members.id),
		/** One of the author's chapters when posted; null for remote. */
		chapterId: bigint('chapter_id', { mode: 'number' }).references(() => chapters.id),
		language: text('language').notNull(),
		title: text('title').notNull(),
		body: text('body').notNull(),
		status: text('status').$type<AidStatus>().notNull().default('open'),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		fulfilledAt: timestamp('fulfilled_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		search: tsvector('search')
			.notNull()
			.generatedAlwaysAs(documentSql('language', 'title', 'body'))
	},
	(t) => [
		// The board, newest first, keyset-paged; only open posts are in it.
		index('aid_posts_board_idx')
			.on(t.createdAt.desc(), t.id.desc())
			.where(sql`status = 'open'`),
		index('aid_posts_chapter_idx')
			.on(t.chapterId, t.createdAt.desc(), t.id.desc())
			.where(sql`status = 'open'`),
		index('aid_posts_author_idx').on(t.authorId, t.createdAt.desc(), t.id.desc()),
		index('aid_posts_search_idx').using('gin', t.search),
		oneOf('aid_posts_kind_check', t.kind, AID_KINDS),
		oneOf('aid_posts_category_check', t.category, AID_CATEGORIES),
		oneOf('aid_posts_status_check', t.status, AID_STATUSES),
		check('aid_posts_fulfilled_check', sql`(status = 'fulfilled') = (fulfilled_at is not null)`)
	]
);
