import { sql } from 'drizzle-orm';
import {
	bigint,
	boolean,
	index,
	integer,
	jsonb,
	pgTable,
	text,
	timestamp,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import { chapters } from './chapters';
import { oneOf } from './checks';
import { members } from './members';
import { posts } from './writing';

/** Whose voice an ActivityPub actor of ours is (docs/federation.md). */
export const LOCAL_ACTOR_KINDS = ['member', 'chapter', 'organisation'] as const;
export type LocalActorKind = (typeof LOCAL_ACTOR_KINDS)[number];
/** `follower`: a remote actor follows ours; `following`: ours follows a remote actor. */
export const FOLLOW_DIRECTIONS = ['follower', 'following'] as const;
export const FOLLOW_STATES = ['pending', 'accepted'] as const;

/**
 * Our actors: a member's blog (only once the member opts in: `enabled`), a chapter's news, the
 * organisation's blog. Each has its own RSA key pair, made when the row is; the private key
 * signs what the actor sends and never leaves the database (what a copy of it allows is in
 * docs/federation.md).
 */
export const federationActors = pgTable(
	'federation_actors',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		kind: text('kind').$type<LocalActorKind>().notNull(),
		memberId: bigint('member_id', { mode: 'number' }).references(() => members.id, {
			onDelete: 'cascade'
		}),
		chapterId: bigint('chapter_id', { mode: 'number' }).references(() => chapters.id, {
			onDelete: 'cascade'
		}),
		/**
		 * A member's blog: its name (their handle) when it was made. The address outlives the
		 * handle: an erased account's handle is anonymised, yet the actor's withdrawal is signed
		 * under its old key id and the old address answers 410 Gone (federation/withdraw.ts).
		 */
		name: text('name'),
		/** A member's choice to federate their blog; chapters and the organisation follow `public`. */
		enabled: boolean('enabled').notNull().default(false),
		publicKeyPem: text('public_key_pem').notNull(),
		privateKeyPem: text('private_key_pem').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('federation_actors_member_key').on(t.memberId),
		uniqueIndex('federation_actors_chapter_key').on(t.chapterId),
		index('federation_actors_name_idx').on(sql`lower(${t.name})`),
		uniqueIndex('federation_actors_organisation_key')
			.on(t.kind)
			.where(sql`kind = 'organisation'`),
		oneOf('federation_actors_kind_check', t.kind, LOCAL_ACTOR_KINDS)
	]
);

/** Actors of other servers we have met: their inboxes and public key, fetched and cached. */
export const remoteActors = pgTable(
	'federation_remote_actors',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		uri: text('uri').notNull(),
		keyId: text('key_id').notNull(),
		publicKeyPem: text('public_key_pem').notNull(),
		inbox: text('inbox').notNull(),
		sharedInbox: text('shared_inbox'),
		/** As the remote server names them; shown on replies, never trusted as HTML. */
		name: text('name').notNull().default(''),
		handle: text('handle').notNull().default(''),
		url: text('url'),
		fetchedAt: timestamp('fetched_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('federation_remote_actors_uri_key').on(t.uri),
		index('federation_remote_actors_key_idx').on(t.keyId)
	]
);

/** Follows both ways between one of our actors and a remote one. */
export const federationFollows = pgTable(
	'federation_follows',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		actorId: bigint('actor_id', { mode: 'number' })
			.notNull()
			.references(() => federationActors.id, { onDelete: 'cascade' }),
		remoteActorId: bigint('remote_actor_id', { mode: 'number' })
			.notNull()
			.references(() => remoteActors.id, { onDelete: 'cascade' }),
		direction: text('direction').notNull(),
		state: text('state').notNull().default('pending'),
		/** The Follow activity's id, which an Accept or an Undo names. */
		activityId: text('activity_id').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('federation_follows_pair_key').on(t.actorId, t.remoteActorId, t.direction),
		oneOf('federation_follows_direction_check', t.direction, FOLLOW_DIRECTIONS),
		oneOf('federation_follows_state_check', t.state, FOLLOW_STATES)
	]
);

/**
 * Signed POSTs waiting to go to remote inboxes, worked by a background worker with retries and
 * a growing pause (federation/delivery.ts), like the mail outbox.
 */
export const federationDeliveries = pgTable(
	'federation_deliveries',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		actorId: bigint('actor_id', { mode: 'number' })
			.notNull()
			.references(() => federationActors.id, { onDelete: 'cascade' }),
		inbox: text('inbox').notNull(),
		activity: jsonb('activity').notNull(),
		attempts: integer('attempts').notNull().default(0),
		claimedUntil: timestamp('claimed_until', { withTimezone: true }),
		deliveredAt: timestamp('delivered_at', { withTimezone: true }),
		lastError: text('last_error'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('federation_deliveries_pending_idx')
			.on(t.id)
			.where(sql`delivered_at is null`)
	]
);

/** Posts received from remote actors one of ours follows (kept as plain text). */
export const receivedPosts = pgTable(
	'federation_received_posts',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		remoteActorId: bigint('remote_actor_id', { mode: 'number' })
			.notNull()
			.references(() => remoteActors.id, { onDelete: 'cascade' }),
		objectId: text('object_id').notNull(),
		title: text('title').notNull().default(''),
		text: text('text').notNull(),
		url: text('url'),
		publishedAt: timestamp('published_at', { withTimezone: true }),
		receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('federation_received_posts_object_key').on(t.objectId),
		index('federation_received_posts_actor_idx').on(t.remoteActorId, t.receivedAt.desc())
	]
);

/**
 * Replies from other servers to one of our public posts: shown under the post with the remote
 * author's name and link, as plain text, flaggable, hidden by a jury like a comment.
 */
export const remoteReplies = pgTable(
	'federation_remote_replies',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		postId: bigint('post_id', { mode: 'number' })
			.notNull()
			.references(() => posts.id, { onDelete: 'cascade' }),
		remoteActorId: bigint('remote_actor_id', { mode: 'number' })
			.notNull()
			.references(() => remoteActors.id, { onDelete: 'cascade' }),
		objectId: text('object_id').notNull(),
		text: text('text').notNull(),
		url: text('url'),
		flagCount: integer('flag_count').notNull().default(0),
		reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
		hiddenAt: timestamp('hidden_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('federation_remote_replies_object_key').on(t.objectId),
		index('federation_remote_replies_post_idx').on(t.postId, t.id),
		index('federation_remote_replies_actor_idx').on(t.remoteActorId, t.createdAt)
	]
);

export type FederationActor = typeof federationActors.$inferSelect;
export type RemoteActor = typeof remoteActors.$inferSelect;
