import { and, eq, sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { chapters, federationActors, members, type LocalActorKind } from '$lib/server/db/schema';
import { isCurrentMember, publicName } from '$lib/server/members/privacy';
import { organisationName } from '$lib/server/instance/cached';
import type { Locale } from '$lib/server/i18n';
import { newKeyPair } from './keys';
import { actorName, actorUrls, type ActorRef } from './names';

/**
 * One of our actors as the world may see it. A member's blog is an actor only while the member
 * has opted in and their account is current; its name is the one a visitor sees (the member's
 * choice to show their full name or not holds here too). Chapters and the organisation are
 * actors whenever federation is on.
 */
export type LocalActor = {
	id: number;
	kind: LocalActorKind;
	name: string;
	displayName: string;
	/** Where a person reads it. */
	pagePath: string;
	publicKeyPem: string;
	privateKeyPem: string;
	/** Which posts are its own: the outbox and deliveries use the same condition. */
	memberId: number | null;
	chapterId: number | null;
};

export async function localActor(
	db: Queryable,
	ref: ActorRef,
	locale: Locale = 'en'
): Promise<LocalActor | null> {
	if (ref.kind === 'member') {
		const [row] = await db
			.select({
				actor: federationActors,
				handle: members.handle,
				displayName: publicName(null)
			})
			.from(federationActors)
			.innerJoin(members, eq(members.id, federationActors.memberId))
			.where(
				and(
					sql`lower(${members.handle}) = lower(${ref.handle})`,
					eq(federationActors.enabled, true),
					isCurrentMember
				)
			);
		if (!row) return null;
		return {
			...keysOf(row.actor),
			kind: 'member',
			name: row.handle,
			displayName: row.displayName,
			pagePath: `/@${row.handle}`,
			memberId: row.actor.memberId,
			chapterId: null
		};
	}
	if (ref.kind === 'chapter') {
		const [chapter] = await db
			.select({ id: chapters.id, name: chapters.name, slug: chapters.slug })
			.from(chapters)
			.where(eq(chapters.slug, ref.slug));
		if (!chapter) return null;
		const row = await ensureActor(db, 'chapter', chapter.id);
		return {
			...keysOf(row),
			kind: 'chapter',
			name: actorName({ kind: 'chapter', slug: chapter.slug }),
			displayName: chapter.name,
			pagePath: `/chapters/${chapter.slug}`,
			memberId: null,
			chapterId: chapter.id
		};
	}
	const row = await ensureActor(db, 'organisation', null);
	return {
		...keysOf(row),
		kind: 'organisation',
		name: actorName(ref),
		displayName: await organisationName(db, locale),
		pagePath: '/blog?kind=organisation',
		memberId: null,
		chapterId: null
	};
}

function keysOf(row: typeof federationActors.$inferSelect) {
	return { id: row.id, publicKeyPem: row.publicKeyPem, privateKeyPem: row.privateKeyPem };
}

/**
 * The row (and key pair) of a chapter or the organisation, made the first time anyone asks. Two
 * first requests at once both make a pair; the unique index keeps one, and both read it back.
 */
async function ensureActor(
	db: Queryable,
	kind: 'chapter' | 'organisation',
	chapterId: number | null
) {
	const where =
		kind === 'chapter'
			? eq(federationActors.chapterId, chapterId!)
			: eq(federationActors.kind, 'organisation');
	const [found] = await db.select().from(federationActors).where(where);
	if (found) return found;
	const keys = await newKeyPair();
	await db
		.insert(federationActors)
		.values({ kind, chapterId, enabled: true, ...keys })
		.onConflictDoNothing();
	const [row] = await db.select().from(federationActors).where(where);
	return row;
}

/** The actor whose voice a post is, by the post's kind (null: a member who has not opted in). */
export async function actorOfPost(
	db: Queryable,
	post: { kind: string; authorId: number; chapterId: number | null }
): Promise<LocalActor | null> {
	if (post.kind === 'organisation') return localActor(db, { kind: 'organisation' });
	if (post.kind === 'chapter' && post.chapterId) {
		const [c] = await db
			.select({ slug: chapters.slug })
			.from(chapters)
			.where(eq(chapters.id, post.chapterId));
		return c ? localActor(db, { kind: 'chapter', slug: c.slug }) : null;
	}
	if (post.kind !== 'blog') return null;
	const [m] = await db
		.select({ handle: members.handle })
		.from(members)
		.where(eq(members.id, post.authorId));
	return m ? localActor(db, { kind: 'member', handle: m.handle }) : null;
}

/**
 * A member's blog that federated once and no longer does (the member turned it off or deleted
 * their account): its address answers 410 Gone rather than 404. Asked only after `localActor`
 * found no live actor of that name; its name is the one kept when it was made (the handle of an
 * erased account is no longer the member's).
 */
export async function goneActorName(db: Queryable, ref: ActorRef): Promise<string | null> {
	if (ref.kind !== 'member') return null;
	const [row] = await db
		.select({ name: federationActors.name })
		.from(federationActors)
		.where(
			and(
				eq(federationActors.kind, 'member'),
				sql`lower(${federationActors.name}) = lower(${ref.handle})`
			)
		)
		.limit(1);
	return row?.name ?? null;
}

/**
 * The actor by its row id (deliveries carry it), for signing, and whether it federates now: a
 * member's blog keeps signing under the name it was made with, so its withdrawal still verifies
 * after the account's handle is erased.
 */
export async function signingKeyOf(db: Queryable, actorRowId: number, origin: string) {
	const [row] = await db
		.select({
			kind: federationActors.kind,
			privateKeyPem: federationActors.privateKeyPem,
			name: federationActors.name,
			enabled: federationActors.enabled,
			handle: members.handle,
			current: sql<boolean>`coalesce(${isCurrentMember}, false)`,
			slug: chapters.slug
		})
		.from(federationActors)
		.leftJoin(members, eq(members.id, federationActors.memberId))
		.leftJoin(chapters, eq(chapters.id, federationActors.chapterId))
		.where(eq(federationActors.id, actorRowId));
	if (!row) return null;
	const ref: ActorRef =
		row.kind === 'member'
			? { kind: 'member', handle: row.name ?? row.handle ?? '' }
			: row.kind === 'chapter'
				? { kind: 'chapter', slug: row.slug ?? '' }
				: { kind: 'organisation' };
	return {
		keyId: actorUrls(origin, actorName(ref)).key,
		privateKeyPem: row.privateKeyPem,
		federates: row.kind !== 'member' || (row.enabled && !!row.current)
	};
}
