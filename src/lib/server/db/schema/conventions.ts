import { sql } from 'drizzle-orm';
import {
	bigint,
	boolean,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import {
	CALLED_ON,
	CONVENTION_PHASES,
	DELEGATIONS,
	DOCUMENT_STATUSES,
	ITEM_KINDS,
	ITEM_STATUSES,
	MINUTE_KINDS,
	MOTION_KINDS,
	MOTION_STATUSES,
	SPEAKER_KINDS,
	SPEAKER_STATUSES,
	VOTE_CHOICES,
	type CalledOn,
	type ConventionPhase,
	type Delegation,
	type DocumentStatus,
	type ItemKind,
	type ItemStatus,
	type MinuteKind,
	type MotionKind,
	type MotionStatus,
	type SpeakerKind,
	type SpeakerStatus,
	type VoteChoice
} from '../../../domain/conventions/types';
import { atLeast, oneOf } from './checks';
import { members } from './members';
import { decisions } from './decisions';

/**
 * A founding document (Mission, Vision, Organisation, membership rules, any the members add): a
 * versioned text with a status. While under amendment it is linked to a decision of its scope,
 * whose amendment procedure gathers the members' changes before the convention.
 */
export const foundingDocuments = pgTable(
	'founding_documents',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		slug: text('slug').notNull(),
		title: text('title').notNull(),
		/** The organisation's documents, or a chapter's own charter. */
		scopeKind: text('scope_kind').$type<'organisation' | 'chapter'>().notNull(),
		scopeId: bigint('scope_id', { mode: 'number' }),
		status: text('status').$type<DocumentStatus>().notNull().default('interim'),
		version: integer('version').notNull().default(1),
		body: text('body').notNull(),
		/** The document says so: once ratified, interim members become members. */
		grantsMembership: boolean('grants_membership').notNull().default(false),
		/** The decision gathering amendments to it, while under amendment. */
		decisionId: bigint('decision_id', { mode: 'number' }).references(() => decisions.id),
		ratifiedAt: timestamp('ratified_at', { withTimezone: true }),
		createdById: bigint('created_by_id', { mode: 'number' }).references(() => members.id),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('founding_documents_slug_key').on(t.slug),
		oneOf('founding_documents_status_check', t.status, DOCUMENT_STATUSES),
		oneOf('founding_documents_scope_check', t.scopeKind, ['organisation', 'chapter'])
	]
);

/** Every version of a founding document, and what changed it: a decision, a convention's motion. */
export const foundingDocumentVersions = pgTable(
	'founding_document_versions',
	{
		documentId: bigint('document_id', { mode: 'number' })
			.notNull()
			.references(() => foundingDocuments.id, { onDelete: 'cascade' }),
		version: integer('version').notNull(),
		body: text('body').notNull(),
		status: text('status').$type<DocumentStatus>().notNull(),
		note: text('note').notNull().default(''),
		decisionId: bigint('decision_id', { mode: 'number' }).references(() => decisions.id),
		conventionId: bigint('convention_id', { mode: 'number' }),
		motionId: bigint('motion_id', { mode: 'number' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.documentId, t.version] })]
);

/** A convention of the organisation (the founding convention) or of one chapter. */
export const conventions = pgTable(
	'conventions',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		title: text('title').notNull(),
		scopeKind: text('scope_kind').$type<'organisation' | 'chapter'>().notNull(),
		scopeId: bigint('scope_id', { mode: 'number' }),
		phase: text('phase').$type<ConventionPhase>().notNull().default('preparing'),
		calledOn: text('called_on').$type<CalledOn>().notNull(),
		/** The decision that called it, when one did. */
		decisionId: bigint('decision_id', { mode: 'number' }).references(() => decisions.id),
		startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
		endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
		delegation: text('delegation').$type<Delegation>().notNull().default('all'),
		/** Delegate seats to share among the chapters (proportional delegation). */
		seats: integer('seats'),
		/** Speakers from under-represented groups (self-declared women) go before others who have spoken as often. */
		priorityWomen: boolean('priority_women').notNull().default(false),
		/** Hours a vote stays open after the session, for members in other time zones. */
		voteWindowHours: integer('vote_window_hours').notNull().default(0),
		agendaAdoptedAt: timestamp('agenda_adopted_at', { withTimezone: true }),
		openedAt: timestamp('opened_at', { withTimezone: true }),
		closedAt: timestamp('closed_at', { withTimezone: true }),
		minutesPublishedAt: timestamp('minutes_published_at', { withTimezone: true }),
		createdById: bigint('created_by_id', { mode: 'number' }).references(() => members.id),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('conventions_starts_idx').on(t.startsAt),
		oneOf('conventions_phase_check', t.phase, CONVENTION_PHASES),
		oneOf('conventions_called_on_check', t.calledOn, CALLED_ON),
		oneOf('conventions_delegation_check', t.delegation, DELEGATIONS),
		oneOf('conventions_scope_check', t.scopeKind, ['organisation', 'chapter']),
		atLeast('conventions_seats_check', t.seats, 1),
		atLeast('conventions_window_check', t.voteWindowHours, 0)
	]
);

/** The delegates: every member of the scope, or those the chapters elected; fixed when it opens. */
export const conventionDelegates = pgTable(
	'convention_delegates',
	{
		conventionId: bigint('convention_id', { mode: 'number' })
			.notNull()
			.references(() => conventions.id, { onDelete: 'cascade' }),
		memberId: bigint('member_id', { mode: 'number' })
			.notNull()
			.references(() => members.id, { onDelete: 'cascade' }),
		/** The chapter that sent them (proportional delegation). */
		chapterId: bigint('chapter_id', { mode: 'number' }),
		/** Chairs in turn: the order of the rotation, null for a delegate who does not chair. */
		chairTurn: integer('chair_turn')
	},
	(t) => [
		primaryKey({ columns: [t.conventionId, t.memberId] }),
		uniqueIndex('convention_delegates_turn_key').on(t.conventionId, t.chairTurn)
	]
);

/** The agenda: items in order, each with a time box; adopted by vote at the start. */
export const conventionItems = pgTable(
	'convention_items',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		conventionId: bigint('convention_id', { mode: 'number' })
			.notNull()
			.references(() => conventions.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		kind: text('kind').$type<ItemKind>().notNull(),
		title: text('title').notNull(),
		minutes: integer('minutes').notNull(),
		documentId: bigint('document_id', { mode: 'number' }).references(() => foundingDocuments.id),
		status: text('status').$type<ItemStatus>().notNull().default('pending'),
		/** Who chairs it (the rotation's turn when it opened). */
		chairId: bigint('chair_id', { mode: 'number' }).references(() => members.id),
		openedAt: timestamp('opened_at', { withTimezone: true }),
		closedAt: timestamp('closed_at', { withTimezone: true })
	},
	(t) => [
		uniqueIndex('convention_items_position_key').on(t.conventionId, t.position),
		// One item open at a time.
		uniqueIndex('convention_items_open_key')
			.on(t.conventionId)
			.where(sql`${t.status} = 'open'`),
		oneOf('convention_items_kind_check', t.kind, ITEM_KINDS),
		oneOf('convention_items_status_check', t.status, ITEM_STATUSES),
		atLeast('convention_items_minutes_check', t.minutes, 1)
	]
);

/** The speaker queue, a progressive stack; kept after the speech, for the minutes and the order. */
export const conventionSpeakers = pgTable(
	'convention_speakers',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		conventionId: bigint('convention_id', { mode: 'number' })
			.notNull()
			.references(() => conventions.id, { onDelete: 'cascade' }),
		itemId: bigint('item_id', { mode: 'number' })
			.notNull()
			.references(() => conventionItems.id, { onDelete: 'cascade' }),
		memberId: bigint('member_id', { mode: 'number' })
			.notNull()
			.references(() => members.id, { onDelete: 'cascade' }),
		kind: text('kind').$type<SpeakerKind>().notNull(),
		/** Fixed when they join, from the convention's rule and their own declaration. */
		priority: boolean('priority').notNull().default(false),
		status: text('status').$type<SpeakerStatus>().notNull().default('waiting'),
		joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
		startedAt: timestamp('started_at', { withTimezone: true }),
		endedAt: timestamp('ended_at', { withTimezone: true })
	},
	(t) => [
		index('convention_speakers_queue_idx').on(t.conventionId, t.status),
		// In the queue once at a time (a point of order is a separate place).
		uniqueIndex('convention_speakers_once_key')
			.on(t.conventionId, t.memberId, t.kind)
			.where(sql`${t.status} in ('waiting', 'speaking')`),
		// One person has the floor.
		uniqueIndex('convention_speakers_floor_key')
			.on(t.conventionId)
			.where(sql`${t.status} = 'speaking'`),
		oneOf('convention_speakers_kind_check', t.kind, SPEAKER_KINDS),
		oneOf('convention_speakers_status_check', t.status, SPEAKER_STATUSES)
	]
);

/** A motion put to the delegates: adopt the agenda, an amendment, a ratification, a correction. */
export const conventionMotions = pgTable(
	'convention_motions',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		conventionId: bigint('convention_id', { mode: 'number' })
			.notNull()
			.references(() => conventions.id, { onDelete: 'cascade' }),
		itemId: bigint('item_id', { mode: 'number' }).references(() => conventionItems.id),
		kind: text('kind').$type<MotionKind>().notNull(),
		title: text('title').notNull(),
		body: text('body').notNull().default(''),
		documentId: bigint('document_id', { mode: 'number' }).references(() => foundingDocuments.id),
		/** The amendment (gathered on the document's decision) this motion would take in. */
		amendmentId: bigint('amendment_id', { mode: 'number' }),
		/** The minutes entry a correction replaces. */
		minuteId: bigint('minute_id', { mode: 'number' }),
		status: text('status').$type<MotionStatus>().notNull().default('open'),
		movedById: bigint('moved_by_id', { mode: 'number' }).references(() => members.id),
		openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow(),
		/** Open for other time zones until then; null: the chair closes it in the session. */
		closesAt: timestamp('closes_at', { withTimezone: true }),
		closedAt: timestamp('closed_at', { withTimezone: true }),
		yes: integer('yes').notNull().default(0),
		no: integer('no').notNull().default(0),
		abstain: integer('abstain').notNull().default(0),
		delegates: integer('delegates').notNull().default(0)
	},
	(t) => [
		index('convention_motions_convention_idx').on(t.conventionId, t.id),
		oneOf('convention_motions_kind_check', t.kind, MOTION_KINDS),
		oneOf('convention_motions_status_check', t.status, MOTION_STATUSES)
	]
);

/** A delegate's vote on a motion: open (a show of hands), one per delegate, changeable while open. */
export const conventionVotes = pgTable(
	'convention_votes',
	{
		motionId: bigint('motion_id', { mode: 'number' })
			.notNull()
			.references(() => conventionMotions.id, { onDelete: 'cascade' }),
		memberId: bigint('member_id', { mode: 'number' })
			.notNull()
			.references(() => members.id, { onDelete: 'cascade' }),
		choice: text('choice').$type<VoteChoice>().notNull(),
		castAt: timestamp('cast_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.motionId, t.memberId] }),
		oneOf('convention_votes_choice_check', t.choice, VOTE_CHOICES)
	]
);

/** The minutes, written as the session runs; a carried correction supersedes an entry. */
export const conventionMinutes = pgTable(
	'convention_minutes',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		conventionId: bigint('convention_id', { mode: 'number' })
			.notNull()
			.references(() => conventions.id, { onDelete: 'cascade' }),
		itemId: bigint('item_id', { mode: 'number' }),
		kind: text('kind').$type<MinuteKind>().notNull(),
		memberId: bigint('member_id', { mode: 'number' }).references(() => members.id, {
			onDelete: 'set null'
		}),
		motionId: bigint('motion_id', { mode: 'number' }),
		/** Names and counts, as recorded (never translated text: the reader's language renders it). */
		data: jsonb('data').$type<Record<string, string | number | null>>().notNull().default({}),
		/** Free text: a correction's words. */
		text: text('text').notNull().default(''),
		correctedBy: bigint('corrected_by', { mode: 'number' }),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('convention_minutes_convention_idx').on(t.conventionId, t.id),
		oneOf('convention_minutes_kind_check', t.kind, MINUTE_KINDS)
	]
);
