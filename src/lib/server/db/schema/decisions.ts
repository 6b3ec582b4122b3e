import { sql } from 'drizzle-orm';
import {
	bigint,
	boolean,
	check,
	customType,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex,
	type AnyPgColumn
} from 'drizzle-orm/pg-core';
import type { DecisionOutcome } from '../../../domain/decisions/tally';
import type { MethodId } from '../../../domain/tally/types';
import {
	type BallotType,
	type Phase,
	type Weighting,
	BALLOT_TYPES,
	CHOICE_METHODS,
	MOTION_CHOICES,
	PHASES,
	SCOPE_KINDS,
	WEIGHTINGS
} from '../../../domain/decisions/types';
import { chapters } from './chapters';
import { atLeast, between, everyValue, oneOf } from './checks';
import { members } from './members';

/** The counting methods a decision uses: its ballot type's, or the chosen one for a choice. */
export const DECISION_METHODS = ['threshold', 'consent', ...CHOICE_METHODS] as const;
export type DecisionMethod = (typeof DECISION_METHODS)[number];
export const DECISION_OUTCOMES = everyValue<DecisionOutcome>()([
	'passes',
	'fails',
	'blocked',
	'no-quorum',
	'chosen'
]);
/** Compromise run-off: the `positions` poll, then the `runoff` that follows it. */
export const DECISION_STAGES = ['positions', 'runoff'] as const;
export type DecisionStage = (typeof DECISION_STAGES)[number];
/** The groups a decision names as affected. */
export const GROUP_KINDS = ['chapter', 'project'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];
/**
 * Where an amendment stands: `open` until the authors accept it or put it to a `voting`; then
 * `carried`, `defeated` or `conflicted` (carried, but its lines changed since); `withdrawn` by its
 * author, or `lapsed` when amendments closed with it still open.
 */
export const AMENDMENT_STATUSES = [
	'open',
	'voting',
	'accepted',
	'carried',
	'defeated',
	'conflicted',
	'withdrawn',
	'lapsed'
] as const;
export type AmendmentStatus = (typeof AMENDMENT_STATUSES)[number];
export type AmendmentChoice = (typeof MOTION_CHOICES)[number];
/** A petition is `open` until enough signatures reopen the decision. */
export const PETITION_STATUSES = ['open', 'reopened'] as const;
export type PetitionStatus = (typeof PETITION_STATUSES)[number];
/** Declared stake levels: a decision's scale runs from 1 up to at most this. */
export const MAX_STAKE_LEVEL = 10;

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** Committees: small groups a chapter or the organisation mandates; a decision may be theirs. */
export const committees = pgTable(
	'committees',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		name: text('name').notNull(),
		slug: text('slug').notNull(),
		/** The chapter that mandates it; null for the organisation. */
		chapterId: bigint('chapter_id', { mode: 'number' }).references(() => chapters.id),
		mandate: text('mandate').notNull().default(''),
		/** Its members, minutes and decisions are public unless it decides otherwise. */
		public: boolean('public').notNull().default(true),
		/** Ballots its decisions need; null: a majority of its seats. */
		quorum: integer('quorum'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('committees_slug_key').on(t.slug),
		atLeast('committees_quorum_check', t.quorum, 1)
	]
);

export const committeeMembers = pgTable(
	'committee_members',
	{
		committeeId: bigint('committee_id', { mode: 'number' })
			.notNull()
			.references(() => committees.id, { onDelete: 'cascade' }),
		memberId: bigint('member_id', { mode: 'number' })
			.notNull()
			.references(() => members.id, { onDelete: 'cascade' }),
		joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.committeeId, t.memberId] }),
		index('committee_members_member_idx').on(t.memberId)
	]
);

/**
 * A decision: a proposal's text and how it is decided. It moves draft → discussion → amendments →
 * voting → closed (src/lib/domain/decisions/lifecycle.ts); the scheduler advances it at each
 * deadline. `settings` holds the ballot rules (threshold, quorum, weighting, stake scale) as they
 * were when voting opened; `result` the count (raw and weighted reports) once closed.
 */
export const decisions = pgTable(
	'decisions',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		title: text('title').notNull(),
		slug: text('slug').notNull(),
		summary: text('summary').notNull().default(''),
		body: text('body').notNull(),
		language: text('language').notNull().default('en'),
		authorId: bigint('author_id', { mode: 'number' })
			.notNull()
			.references(() => members.id),
		/** organisation | chapter | project | committee; `scope_id` is null for the organisation. */
		scopeKind: text('scope_kind').notNull(),
		scopeId: bigint('scope_id', { mode: 'number' }),
		/** motion | consent | choice */
		ballotType: text('ballot_type').$type<BallotType>().notNull(),
		/** The counting method (threshold, consent, schulze, irv, ranked-pairs, approval, score, borda). */
		method: text('method').$type<MethodId>().notNull(),
		/** equal | group | stake */
		weighting: text('weighting').$type<Weighting>().notNull().default('equal'),
		secret: boolean('secret').notNull().default(false),
		/**
		 * A secret ballot cast with a blind-signed credential, so that not even the server can link a
		 * ballot to its voter (src/lib/server/unlinkable, docs/ballot-secrecy.md).
		 */
		unlinkable: boolean('unlinkable').notNull().default(false),
		hideResultsUntilClose: boolean('hide_results_until_close').notNull().default(false),
		settings: jsonb('settings').notNull().default({}),
		phase: text('phase').$type<Phase>().notNull().default('draft'),
		phaseChangedAt: timestamp('phase_changed_at', { withTimezone: true }).notNull().defaultNow(),
		discussionEndsAt: timestamp('discussion_ends_at', { withTimezone: true }),
		amendmentsEndAt: timestamp('amendments_end_at', { withTimezone: true }),
		votingEndsAt: timestamp('voting_ends_at', { withTimezone: true }),
		/** Authors may close the amendment window before its deadline. */
		amendmentsOpen: boolean('amendments_open').notNull().default(true),
		version: integer('version').notNull().default(1),
		/** Active members of the scope when voting opened and when it closed (the quorum's base). */
		eligibleAtOpen: integer('eligible_at_open'),
		/**
		 * The electorate, fixed when the decision leaves the draft: members who had joined the scope
		 * by this time vote (joining later gives no vote in it). Null on a draft, and on decisions
		 * from before the rule, whose electorate is the scope's members when they vote.
		 */
		electorateCutoff: timestamp('electorate_cutoff', { withTimezone: true }),
		/** The instance's rule when it was fixed: the days in the scope it asked (0: on submission). */
		electorateMinDays: integer('electorate_min_days'),
		eligibleAtClose: integer('eligible_at_close'),
		/** passes | fails | no-quorum | chosen | blocked */
		outcome: text('outcome').$type<DecisionOutcome>(),
		outcomeStatement: text('outcome_statement'),
		result: jsonb('result'),
		closedAt: timestamp('closed_at', { withTimezone: true }),
		/** A reopened decision links to the one it revisits. */
		revisitOfId: bigint('revisit_of_id', { mode: 'number' }).references(
			(): AnyPgColumn => decisions.id
		),
		/** Compromise run-off: `positions` poll, then a `runoff` that follows it. */
		stage: text('stage').$type<DecisionStage>(),
		followsId: bigint('follows_id', { mode: 'number' }).references((): AnyPgColumn => decisions.id),
		commentsLocked: boolean('comments_locked').notNull().default(false),
		slowModeSeconds: integer('slow_mode_seconds').notNull().default(0),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		search: tsvector('search')
			.notNull()
			.generatedAlwaysAs(
				sql.raw(
					`setweight(to_tsvector('simple'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('simple'::regconfig, coalesce(summary, '')), 'B') || setweight(to_tsvector('simple'::regconfig, coalesce(body, '')), 'C')`
				)
			)
	},
	(t) => [
		index('decisions_scope_idx').on(t.scopeKind, t.scopeId, t.id.desc()),
		index('decisions_phase_idx').on(t.phase, t.id.desc()),
		index('decisions_author_idx').on(t.authorId),
		// The scheduler looks for decisions whose phase deadline has passed.
		index('decisions_open_deadlines_idx')
			.on(t.phase)
			.where(sql`phase in ('discussion', 'amendments', 'voting')`),
		index('decisions_search_idx').using('gin', t.search),
		index('decisions_revisit_idx').on(t.revisitOfId),
		oneOf('decisions_scope_kind_check', t.scopeKind, SCOPE_KINDS),
		oneOf('decisions_ballot_type_check', t.ballotType, BALLOT_TYPES),
		oneOf('decisions_method_check', t.method, DECISION_METHODS),
		oneOf('decisions_weighting_check', t.weighting, WEIGHTINGS),
		oneOf('decisions_phase_check', t.phase, PHASES),
		oneOf('decisions_outcome_check', t.outcome, DECISION_OUTCOMES),
		oneOf('decisions_stage_check', t.stage, DECISION_STAGES),
		atLeast('decisions_slow_mode_check', t.slowModeSeconds, 0),
		atLeast('decisions_electorate_min_days_check', t.electorateMinDays, 0),
		check('decisions_unlinkable_check', sql`not ${t.unlinkable} or ${t.secret}`)
	]
);

export const decisionAuthors = pgTable(
	'decision_authors',
	{
		decisionId: bigint('decision_id', { mode: 'number' })
			.notNull()
			.references(() => decisions.id, { onDelete: 'cascade' }),
		memberId: bigint('member_id', { mode: 'number' })
			.notNull()
			.references(() => members.id),
		addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.decisionId, t.memberId] }),
		index('decision_authors_member_idx').on(t.memberId)
	]
);

/**
 * Co-authorship is offered, never imposed: an author invites a member, who becomes an author
 * (a row in decision_authors) only by accepting. Declining or accepting removes the invitation.
 */
export const decisionInvitations = pgTable(
	'decision_invitations',
	{
		decisionId: bigint('decision_id', { mode: 'number' })
			.notNull()
			.references(() => decisions.id, { onDelete: 'cascade' }),
		memberId: bigint('member_id', { mode: 'number' })
			.notNull()
			.references(() => members.id),
		invitedBy: bigint('invited_by', { mode: 'number' })
			.notNull()
			.references(() => members.id),
		invitedAt: timestamp('invited_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.decisionId, t.memberId] }),
		index('decision_invitations_member_idx').on(t.memberId)
	]
);

/** Every version of a decision's text; version 1 is the draft as first written. */
export const decisionVersions = pgTable(
	'decision_versions',
	{
		decisionId: bigint('decision_id', { mode: 'number' })
			.notNull()
			.references(() => decisions.id, { onDelete: 'cascade' }),
		version: integer('version').notNull(),
		title: text('title').notNull(),
		body: text('body').notNull(),
		editorId: bigint('editor_id', { mode: 'number' })
			.notNull()
			.references(() => members.id),
		amendmentId: bigint('amendment_id', { mode: 'number' }),
		note: text('note').notNull().default(''),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.decisionId, t.version] })]
);

/** The options of a `choice` decision (a motion or consent decision has its fixed answers). */
export const decisionOptions = pgTable(
	'decision_options',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		decisionId: bigint('decision_id', { mode: 'number' })
			.notNull()
			.references(() => decisions.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		label: text('label').notNull(),
		description: text('description').notNull().default('')
	},
	(t) => [uniqueIndex('decision_options_position_key').on(t.decisionId, t.position)]
);

/** The chapters and projects a decision names as affected (scope suggestion, group weighting). */
export const decisionGroups = pgTable(
	'decision_groups',
	{
		decisionId: bigint('decision_id', { mode: 'number' })
			.notNull()
			.references(() => decisions.id, { onDelete: 'cascade' }),
		/** chapter | project */
		groupKind: text('group_kind').notNull(),
		groupId: bigint('group_id', { mode: 'number' }).notNull()
	},
	(t) => [
		primaryKey({ columns: [t.decisionId, t.groupKind, t.groupId] }),
		oneOf('decision_groups_group_kind_check', t.groupKind, GROUP_KINDS)
	]
);

/**
 * A proposed change to a decision's text: the whole amended text against `base_version`. The
 * authors accept it, or it goes to a vote of the eligible members while amendments are open.
 */
export const amendments = pgTable(
	'amendments',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		decisionId: bigint('decision_id', { mode: 'number' })
			.notNull()
			.references(() => decisions.id, { onDelete: 'cascade' }),
		authorId: bigint('author_id', { mode: 'number' })
			.notNull()
			.references(() => members.id),
		baseVersion: integer('base_version').notNull(),
		body: text('body').notNull(),
		reason: text('reason').notNull().default(''),
		/** See AMENDMENT_STATUSES. */
		status: text('status').$type<AmendmentStatus>().notNull().default('open'),
		resolvedById: bigint('resolved_by_id', { mode: 'number' }).references(() => members.id),
		resolvedAt: timestamp('resolved_at', { withTimezone: true }),
		appliedVersion: integer('applied_version'),
		result: jsonb('result'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('amendments_decision_idx').on(t.decisionId, t.id),
		oneOf('amendments_status_check', t.status, AMENDMENT_STATUSES)
	]
);

/** Open yes/no/abstain votes on an amendment put to a vote (one current vote per member). */
export const amendmentVotes = pgTable(
	'amendment_votes',
	{
		amendmentId: bigint('amendment_id', { mode: 'number' })
			.notNull()
			.references(() => amendments.id, { onDelete: 'cascade' }),
		memberId: bigint('member_id', { mode: 'number' })
			.notNull()
			.references(() => members.id),
		choice: text('choice').$type<AmendmentChoice>().notNull(),
		weight: integer('weight').notNull().default(1),
		castAt: timestamp('cast_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.amendmentId, t.memberId] }),
		oneOf('amendment_votes_choice_check', t.choice, MOTION_CHOICES),
		atLeast('amendment_votes_weight_check', t.weight, 1)
	]
);

/**
 * Ballots. A changed vote supersedes the old row (`superseded_at`), so the history is kept and at
 * most one current ballot per voter exists (a partial unique index). The weight is fixed when the
 * ballot is cast. For a secret ballot, `receipt` is the voter's code; pages and the API never
 * show `voter_id` next to `choice` (see docs/ballot-secrecy.md for what the operator can see).
 */
export const ballots = pgTable(
	'ballots',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		decisionId: bigint('decision_id', { mode: 'number' })
			.notNull()
			.references(() => decisions.id, { onDelete: 'cascade' }),
		/** Null on an unlinkable ballot, which has `token_hash` instead (and a random id). */
		voterId: bigint('voter_id', { mode: 'number' }).references(() => members.id),
		/** SHA-256 of the blind-signed token an unlinkable ballot was cast with (hex). */
		tokenHash: text('token_hash'),
		choice: jsonb('choice').notNull(),
		reason: text('reason').notNull().default(''),
		weight: integer('weight').notNull().default(1),
		receipt: text('receipt'),
		castAt: timestamp('cast_at', { withTimezone: true }).notNull().defaultNow(),
		supersededAt: timestamp('superseded_at', { withTimezone: true })
	},
	(t) => [
		uniqueIndex('ballots_current_key')
			.on(t.decisionId, t.voterId)
			.where(sql`superseded_at is null`),
		index('ballots_decision_idx').on(t.decisionId, t.id),
		// The counted ballots in the order they were cast, without stepping over the changed ones
		// (a decision of 1,000,000 rows may hold 900,000 of those before its first counted one).
		index('ballots_current_idx')
			.on(t.decisionId, t.id)
			.where(sql`superseded_at is null`),
		// One voter's ballots, changed ones too (their history on the page, their removal).
		index('ballots_voter_idx').on(t.voterId, t.decisionId, t.id),
		uniqueIndex('ballots_receipt_key').on(t.decisionId, t.receipt),
		uniqueIndex('ballots_current_token_key')
			.on(t.decisionId, t.tokenHash)
			.where(sql`superseded_at is null and token_hash is not null`),
		check('ballots_voter_or_token_check', sql`(voter_id is null) <> (token_hash is null)`),
		atLeast('ballots_weight_check', t.weight, 1)
	]
);

/** Declared stake: how affected a member says they are, with a reason. Always public. */
export const stakeDeclarations = pgTable(
	'stake_declarations',
	{
		decisionId: bigint('decision_id', { mode: 'number' })
			.notNull()
			.references(() => decisions.id, { onDelete: 'cascade' }),
		memberId: bigint('member_id', { mode: 'number' })
			.notNull()
			.references(() => members.id),
		level: integer('level').notNull(),
		reason: text('reason').notNull(),
		declaredAt: timestamp('declared_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.decisionId, t.memberId] }),
		between('stake_declarations_level_check', t.level, 1, MAX_STAKE_LEVEL)
	]
);

/** Minority reports: filed after the close by members who voted on the losing side; kept forever. */
export const minorityReports = pgTable(
	'minority_reports',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		decisionId: bigint('decision_id', { mode: 'number' })
			.notNull()
			.references(() => decisions.id),
		authorId: bigint('author_id', { mode: 'number' })
			.notNull()
			.references(() => members.id),
		title: text('title').notNull(),
		body: text('body').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('minority_reports_decision_idx').on(t.decisionId, t.id)]
);

export const minorityReportSignatures = pgTable(
	'minority_report_signatures',
	{
		reportId: bigint('report_id', { mode: 'number' })
			.notNull()
			.references(() => minorityReports.id),
		memberId: bigint('member_id', { mode: 'number' })
			.notNull()
			.references(() => members.id),
		signedAt: timestamp('signed_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.reportId, t.memberId] })]
);

/** Petitions to reopen a decision; at the threshold a new linked proposal opens. */
export const revisitPetitions = pgTable(
	'revisit_petitions',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		decisionId: bigint('decision_id', { mode: 'number' })
			.notNull()
			.references(() => decisions.id),
		authorId: bigint('author_id', { mode: 'number' })
			.notNull()
			.references(() => members.id),
		reason: text('reason').notNull(),
		/** Signatures needed, fixed when the petition opens (a share of those eligible then). */
		threshold: integer('threshold').notNull(),
		/** open | reopened */
		status: text('status').$type<PetitionStatus>().notNull().default('open'),
		reopenedAsId: bigint('reopened_as_id', { mode: 'number' }).references(() => decisions.id),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('revisit_petitions_decision_idx').on(t.decisionId, t.id),
		// One open petition per decision: a second one, even sent at the same moment, conflicts.
		uniqueIndex('revisit_petitions_one_open_key')
			.on(t.decisionId)
			.where(sql`${t.status} = 'open'`),
		oneOf('revisit_petitions_status_check', t.status, PETITION_STATUSES),
		atLeast('revisit_petitions_threshold_check', t.threshold, 1)
	]
);

export const revisitSignatures = pgTable(
	'revisit_signatures',
	{
		petitionId: bigint('petition_id', { mode: 'number' })
			.notNull()
			.references(() => revisitPetitions.id),
		memberId: bigint('member_id', { mode: 'number' })
			.notNull()
			.references(() => members.id),
		signedAt: timestamp('signed_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.petitionId, t.memberId] })]
);

export type Decision = typeof decisions.$inferSelect;
export type Ballot = typeof ballots.$inferSelect;
export type Amendment = typeof amendments.$inferSelect;
